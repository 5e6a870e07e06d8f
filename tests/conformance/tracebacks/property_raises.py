class P:
    @property
    def v(self):
        return 1 / 0
print(P().v)
