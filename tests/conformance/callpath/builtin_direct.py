# Calls of builtin functions, bound builtin methods, unbound methods taken
# from a type, and tuple(x) / list(x) / str(x) (rt_call's direct cases):
# results, keyword arguments and CPython's errors for every shape.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:  # noqa: BLE001 - the message is what is compared
        print(type(e).__name__ + ":", e)


class Tup(tuple):
    pass


class Lst(list):
    pass


def gen(n):
    for i in range(n):
        yield i * i


d = {"b": 2, "a": 1}
t = (3, 1, 2)

# builtin functions: positional, keyword, wrong counts
show(lambda: sorted(d.items()))
show(lambda: sorted({}.items()))
show(lambda: sorted({"x": 9}.items()))
show(lambda: sorted(t, reverse=True))
show(lambda: sorted(t, key=lambda v: -v))
show(lambda: sorted([5], key=lambda v: v / 0))
show(lambda: sorted())
show(lambda: sorted(t, t))
show(lambda: sorted(t, bogus=1))
show(lambda: sorted(5))
show(lambda: len(t))
show(lambda: len())
show(lambda: len(5))
show(lambda: max(t, default=0))
show(lambda: max([], default=7))
show(lambda: divmod(7, 2))
show(lambda: divmod(7, 0))
show(lambda: isinstance(t, tuple))
show(lambda: getattr(t, "count")(3))

# bound builtin methods kept as values, unbound ones taken from types
app = [].append
show(lambda: app(1))
items = d.items
show(lambda: sorted(items()))
show(lambda: str.upper("abc"))
show(lambda: str.upper(5))
show(lambda: str.upper())
show(lambda: list.append([], 1))
show(lambda: dict.get(d, "a"))
show(lambda: dict.get(d, "zz", "dflt"))

# tuple(x): every kind of iterable, subclasses, errors, keywords
show(lambda: tuple(t))
show(lambda: tuple(t) is t)
show(lambda: tuple(Tup(t)))
show(lambda: type(tuple(Tup(t))).__name__)
show(lambda: tuple([1, 2]))
show(lambda: tuple(Lst([4, 5])))
show(lambda: tuple("ab"))
show(lambda: tuple(gen(4)))
show(lambda: tuple(d))
show(lambda: tuple(d.items()))
show(lambda: tuple(sorted(d.items())))
show(lambda: tuple(range(3)))
show(lambda: tuple({}))
show(lambda: tuple())
empty = ()
show(lambda: tuple() is empty)
show(lambda: tuple(5))
show(lambda: tuple(None))
show(lambda: tuple(1, 2))
show(lambda: tuple(iterable=[1]))
show(lambda: tuple(x for x in [1, 1 / 0]))

# list(x) likewise
show(lambda: list(t))
show(lambda: list(t) is t)
show(lambda: type(list(Lst([1]))).__name__)
show(lambda: list(gen(3)))
show(lambda: list(d.values()))
show(lambda: list(d.keys()))
show(lambda: list())
show(lambda: list(5))
show(lambda: list(1, 2))
show(lambda: list(iterable=[1]))
L = [1, 2]
show(lambda: list(L) is L)

# str(x) likewise: __str__, its errors, subclasses, bytes, the other forms
class S:
    def __str__(self):
        return "S!"


class BadStr:
    def __str__(self):
        return 5


class RaisingStr:
    def __str__(self):
        raise ValueError("no str")


class MyStr(str):
    pass


show(lambda: str(12))
show(lambda: str(-1.5))
show(lambda: str("abc"))
s_ = "xyz"
show(lambda: str(s_) is s_)
show(lambda: str(MyStr("m")))
show(lambda: type(str(MyStr("m"))).__name__)
show(lambda: str(S()))
show(lambda: str(BadStr()))
show(lambda: str(RaisingStr()))
show(lambda: str(b"ab"))
show(lambda: str(None))
show(lambda: str([1, "a"]))
show(lambda: str(t))
show(lambda: str(b"ab", "ascii"))
show(lambda: str(object=7))
show(lambda: str())
show(lambda: str(1, 2, 3, 4))
show(lambda: MyStr(5))
show(lambda: type(MyStr(5)).__name__)
show(lambda: [str(i) for i in range(5)])
show(lambda: list(map(str, range(3))))
show(lambda: sorted(["b", "a"], key=str))

# the names rebound: the call follows the binding, not the builtin
tuple_ = tuple


def rebound():
    tuple = list  # noqa: F841 - shadows the builtin in this scope
    return tuple((1, 2))


show(rebound)
show(lambda: tuple_([9]))
sorted_ = sorted


def local_sorted():
    def sorted(x):
        return "mine:" + repr(x)

    return sorted([2, 1])


show(local_sorted)
show(lambda: sorted_([2, 1]))

# subclasses of tuple and list called as constructors
show(lambda: Tup([1, 2]))
show(lambda: type(Tup([1, 2])).__name__)
show(lambda: Lst((1, 2)))

# many calls in a loop (a memoizer's key), the results kept and dropped
keys = []
for i in range(2000):
    kw = {"k": i % 7} if i % 2 else {}
    key = ((i % 5,), tuple(sorted(kw.items())))
    if i % 400 == 0:
        keys.append(key)
print(keys)
print(sum(len(tuple(list(range(i % 4)))) for i in range(1000)))
