# heapq's merge, nsmallest and nlargest compare items in CPython's order (visible
# through __lt__ and __eq__ that log), including the final sort of the kept items and
# the short cuts (min/max for n == 1, a sort when n covers a sized input).
import heapq
import random

log = []


class V:
    def __init__(self, v, tag=''):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        log.append(('lt', self.v, other.v))
        return self.v < other.v

    def __eq__(self, other):
        log.append(('eq', self.v, other.v))
        return self.v == other.v

    def __repr__(self):
        return '%s%s' % (self.v, self.tag)


def run(label, fn):
    del log[:]
    try:
        out = fn()
    except Exception as exc:
        out = '%s: %s' % (type(exc).__name__, exc)
    print(label, out, len(log))
    print('   ', log[:60])


rng = random.Random(7)
nums = [rng.randrange(30) for _ in range(25)]
vals = [V(n, chr(97 + i % 26)) for i, n in enumerate(nums)]
for n in (0, 1, 2, 3, 5, 24, 25, 30, -1):
    run('nsmallest %d' % n, lambda: heapq.nsmallest(n, vals))
    run('nlargest %d' % n, lambda: heapq.nlargest(n, vals))
    run('nsmallest iter %d' % n, lambda: heapq.nsmallest(n, iter(vals)))
    run('nlargest iter %d' % n, lambda: heapq.nlargest(n, iter(vals)))
    run('nsmallest key %d' % n, lambda: heapq.nsmallest(n, iter(vals), key=lambda x: V(x.v % 7)))
    run('nlargest key %d' % n, lambda: heapq.nlargest(n, iter(vals), key=lambda x: V(x.v % 7)))
runs = [sorted(vals[i::4], key=lambda x: x.v) for i in range(4)]
run('merge', lambda: list(heapq.merge(*runs)))
run('merge rev', lambda: list(heapq.merge(*[r[::-1] for r in runs], reverse=True)))
run('merge key', lambda: list(heapq.merge(*runs, key=lambda x: V(x.v // 3))))
run('merge key rev', lambda: list(heapq.merge(*[r[::-1] for r in runs], key=lambda x: V(x.v // 3), reverse=True)))
run('merge empty', lambda: list(heapq.merge([], [], runs[0])))
run('merge none', lambda: list(heapq.merge()))
run('merge one', lambda: list(heapq.merge(runs[1])))
g = heapq.merge(runs[0], runs[1])
run('merge partial', lambda: [next(g) for _ in range(4)])
run('merge ints', lambda: list(heapq.merge([1, 3, 5], [2, 4], [0, 9])))
run('merge strs', lambda: list(heapq.merge('adg', 'beh', 'cf', key=str.upper)))
h = []
run('push', lambda: [heapq.heappush(h, v) for v in vals[:10]] and h)
run('pop', lambda: [heapq.heappop(h) for _ in range(4)])
run('maxheap', lambda: (heapq._heapify_max(vals[:9]), 'ok'))
hh = vals[:9]
heapq._heapify_max(hh)
run('maxpop', lambda: [heapq._heappop_max(hh) for _ in range(3)])
run('maxreplace', lambda: heapq._heapreplace_max(hh, V(99)))
run('maxpop empty', lambda: heapq._heappop_max([]))
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, 'hello world'))
print(heapq.nsmallest(2, {3: 'a', 1: 'b', 2: 'c'}), heapq.nlargest(2, [], key=abs), heapq.nsmallest(1, []))
print(heapq.nlargest(2, [(1, 'a'), (1, 'b'), (0, 'c')]), heapq.nsmallest(3, [3, 1, 2], key=lambda x: -x))
rng = random.Random(11)
for trial in range(40):
    data = [rng.randrange(50) for _ in range(rng.randrange(0, 120))]
    n = rng.randrange(-1, 80)
    keyf = [None, abs, lambda x: -x, lambda x: x % 5][trial % 4]
    a = heapq.nsmallest(n, data, key=keyf)
    b = heapq.nlargest(n, iter(data), key=keyf)
    c = list(heapq.merge(*[sorted(data[i::3], key=keyf) for i in range(3)], key=keyf))
    d = list(heapq.merge(*[sorted(data[i::3], key=keyf, reverse=True) for i in range(3)], key=keyf, reverse=True))
    kf = keyf or (lambda x: x)
    print(trial, n, a == sorted(data, key=keyf)[:max(n, 0)], b == sorted(data, key=keyf, reverse=True)[:max(n, 0)], [kf(x) for x in c] == sorted(map(kf, data)), [kf(x) for x in d] == sorted(map(kf, data), reverse=True), sorted(c) == sorted(data))
wide = [V(rng.randrange(40), chr(65 + i % 26)) for i in range(70)]
run('nsmallest 10 of 70', lambda: heapq.nsmallest(10, wide))
run('nlargest 10 of 70 key', lambda: heapq.nlargest(10, wide, key=lambda v: V(v.v // 4)))
run('nsmallest all 63', lambda: heapq.nsmallest(63, wide[:63]))
run('nlargest all 40 key', lambda: heapq.nlargest(50, wide[:40], key=lambda v: V(-v.v)))
run('merge 6', lambda: list(heapq.merge(*[sorted(wide[i::6], key=lambda v: v.v) for i in range(6)])))
