# set subclasses and layout errors.
class Tags(set):
    def tagged(self, t):
        return t in self


t = Tags(["b", "a"])
t.add("c")
print(sorted(t), t.tagged("a"), len(t), sorted(t | {"z"}), sorted(t & {"a", "q"}))
t |= {"d"}
print(type(t).__name__, sorted(t))
try:
    class Bad(dict, list):
        pass
except TypeError as e:
    print(e)
try:
    object.__new__(Tags)
except TypeError as e:
    print(e)
try:
    tuple.__new__(Tags)
except TypeError as e:
    print(e)


class Plain:
    pass


o = Plain()
try:
    o.__class__ = Tags
except TypeError as e:
    print(e)
