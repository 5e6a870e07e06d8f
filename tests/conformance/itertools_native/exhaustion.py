# exhausted itertools stay exhausted and release their sources
import gc
import weakref
from itertools import chain, cycle, islice, permutations, product


class Box:
    pass


b = Box()
r = weakref.ref(b)
c = chain([b])
print(next(c) is b)
print(list(c), list(c))
del b
print(r() is None)
p = permutations("ab")
print(list(p), list(p), next(p, "end"))
q = product("ab", "c")
print(list(q), next(q, "end"))
s = islice(iter([1, 2, 3]), 2)
print(list(s), list(s))
loop = []
cy = cycle([loop])
loop.append(cy)
del loop, cy
print(gc.collect() >= 0)
