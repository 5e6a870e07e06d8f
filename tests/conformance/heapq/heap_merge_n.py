# merge (key, reverse, stability), nlargest and nsmallest with key closures.
import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
nums = [5, 1, 8, 3, 9, 2, 7, 8]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(10, nums))

def by_field(i):
    return lambda rec: rec[i]

recs = [("ann", 31, 5.0), ("bob", 25, 7.5), ("cy", 40, 5.0), ("di", 25, 9.0)]
print(heapq.nsmallest(2, recs, key=by_field(1)), heapq.nlargest(2, recs, key=by_field(2)))
m = heapq.merge(iter([1, 3]), iter([2]))
print(next(m), list(m))
