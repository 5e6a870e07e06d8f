# A priority queue of closures (scheduler), with a counter to break ties.
import heapq
import itertools

tie = itertools.count()
queue = []

def schedule(when, name):
    def task():
        return "%s@%d" % (name, when)
    heapq.heappush(queue, (when, next(tie), task))

for when, name in [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (3, "d")]:
    schedule(when, name)
print([heapq.heappop(queue)[2]() for _ in range(len(queue))])
top = heapq.nlargest(2, [("x", 3), ("y", 9), ("z", 5)], key=lambda t: t[1])
print(top, heapq.nsmallest(1, "hello"), heapq.nsmallest(2, [3, 1, 2], key=lambda v: -v))
streams = [[1, 5, 9], [2, 6], [0, 7, 8]]
print(list(heapq.merge(*streams)), list(heapq.merge(*[reversed(s) for s in streams], reverse=True)))
h = list(range(20, 0, -1))
heapq.heapify(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out == sorted(out), out[:5])
