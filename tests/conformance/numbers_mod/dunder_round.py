class F:
    __slots__ = ("a",)
    def __round__(self, nd=None):
        return 1
class G:
    def __round__(self, nd=None):
        return 2
print(round(G()), round(G(), 1))
print(round(F()))
