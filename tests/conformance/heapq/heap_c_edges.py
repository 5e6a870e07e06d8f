# The list operations' edge cases: comparisons that fail or change the heap,
# items compared with < only, argument errors.
import heapq


class Evil:
    def __init__(self, heap, v):
        self.heap = heap
        self.v = v

    def __lt__(self, other):
        self.heap.append(Evil(self.heap, 0))
        return self.v < other.v


h = []
h.append(Evil(h, 5))
try:
    heapq.heappush(h, Evil(h, 1))
except RuntimeError as e:
    print("RuntimeError:", e)


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


items = [OnlyLt(v) for v in [4, 1, 3, 2]]
heapq.heapify(items)
print(items[0], [heapq.heappop(items) for _ in range(4)])
mixed = [3, "a"]
try:
    heapq.heapify(mixed)
except TypeError as e:
    print("TypeError:", e)
for call in (lambda: heapq.heappush([]), lambda: heapq.heappop([], 1), lambda: heapq.heapify(None),
             lambda: heapq.heappushpop((), 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1, 3], 2))
