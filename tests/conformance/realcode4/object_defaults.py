# Every name dir() lists for a plain instance and its class can be fetched:
# code that walks dir(obj) with getattr (parser generators collecting their
# rules this way) must not stop at object's defaults.
class Rules:
    """a grammar holder"""
    tokens = ("NUM",)

    def p_expr(self, p):
        pass


r = Rules()
missing = [n for n in dir(r) if not hasattr(r, n)]
print("instance misses:", missing)
missing = [n for n in dir(Rules) if not hasattr(Rules, n)]
print("class misses:", missing)
print([n for n in dir(r) if n.startswith("p_") or n == "tokens"])

print(r.__lt__(r), r.__ge__(1), Rules.__subclasshook__(), object.__subclasshook__())
print(Rules.__init_subclass__())
print(r.__sizeof__() > 0, type(r.__sizeof__()).__name__)


class Listing:
    def __dir__(self):
        return ["extra"] + object.__dir__(self)


print("extra" in dir(Listing()), "__class__" in dir(Listing()))


class Super(Listing):
    def __dir__(self):
        return ["more"] + super().__dir__()


print([n for n in dir(Super()) if not n.startswith("__")])

r.x = 1
print(r.__getstate__(), object().__getstate__())


class Slotted:
    __slots__ = ("a", "b")


sl = Slotted()
sl.a = 1
print(sl.__getstate__())
red = r.__reduce_ex__(2)
print(red[0].__name__, red[1][0].__name__, red[2], red[3:])
print(r.__reduce__()[0].__name__, r.__reduce_ex__(1)[1][1].__name__)
try:
    r < r
except TypeError as e:
    print(e)
