# Protocol corners real code relies on: __missing__, __getitem__ iteration with
# __reversed__, __index__, __length_hint__, generator finally on break, throw, itertools,
# functools caches and dispatch.
import operator, itertools
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["a"], d["zz"], d.get("q"), "zz" in d)
class R:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 10
    def __reversed__(self): return iter(["rev"])
r = R(3); print(list(r), list(reversed(r)), 20 in r, r[1])
class I:
    def __index__(self): return 2
print([1, 2, 3][I()], "abc"[I():], bin(I()), operator.index(I()), range(10)[I()])
class LH:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 2
print(list(LH()), operator.length_hint(LH()))
def g():
    try:
        yield 1
    finally:
        print("finally runs")
for x in g():
    break
print("after break")
def g2():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"
it = g2(); next(it); print(it.throw(ValueError("v")))
def chain():
    yield from itertools.chain([1], (2,), {3: 0})
print(list(chain()))
print(list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.product("ab", repeat=2))[:3])
print(list(itertools.zip_longest([1, 2], "a", fillvalue="-")), list(itertools.starmap(pow, [(2, 3)])))
print(list(itertools.combinations(range(4), 2))[-1], list(itertools.permutations("ab")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.compress("abc", [1, 0, 1])))
s = {3, 1, 2}; s.discard(5); s ^= {1, 9}; print(sorted(s))
fs = frozenset([1]); print(fs | {2}, type(fs | {2}).__name__)
print(sorted({"b": 2, "a": 1}, key=lambda k: -ord(k)), dict.fromkeys("ab", 0))
from functools import reduce, partial, lru_cache, cached_property, singledispatch
print(reduce(operator.add, range(5)), partial(pow, 2)(5))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits)
class CP:
    @cached_property
    def v(self): print("computing"); return 7
c = CP(); print(c.v, c.v)
@singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(str)
def _(x): return "str"
print(show(1), show("a"), show(1.5))
