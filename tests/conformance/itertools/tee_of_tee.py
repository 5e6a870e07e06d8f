# tee of a tee: copies of copies share one buffer and advance on their own; a tee of a
# partly read tee starts where its source stands; chain/pairwise/groupby/accumulate over
# tees, and StopIteration from __next__ at the end.
from itertools import tee, chain, pairwise, groupby, accumulate, islice

a, b = tee(range(6))
print(next(a), next(a))
c, d = tee(a)            # a stands at 2
print(list(c), next(b), list(islice(d, 2)))
print(list(a), list(b), list(d))
e, f, g = tee(iter("abcd"), 3)
h, i = tee(f)
print(next(e), next(h), list(i), list(f), list(g), list(e), list(h))
x, y = tee([])
z, w = tee(x)
print(list(z), list(w), list(y))
src1, src2 = tee((k, k % 3) for k in range(7))
print(list(chain(islice(src1, 2), islice(src2, 1, 3))))
p, q = tee(accumulate([1, 2, 3, 4]))
print(list(pairwise(p)), [(k, list(v)) for k, v in groupby(q, key=lambda t: t % 2)])
it = chain([1], [])
print(it.__next__())
try:
    it.__next__()
except StopIteration as exc:
    print("StopIteration", exc.args)
pw = pairwise([1])
try:
    next(pw)
except StopIteration as exc:
    print("StopIteration", exc.args)
for bad in (lambda: chain.from_iterable(5).__next__(), lambda: pairwise(3), lambda: groupby(1)):
    try:
        bad()
    except TypeError as exc:
        print("TypeError", exc)
print(list(accumulate([3, 1, 2], max, initial=0)), list(accumulate([], initial=7)))
