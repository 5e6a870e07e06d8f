# bisect over sorted records with key closures; a sorted list kept by insort.
import bisect

def keyed(field):
    return lambda rec: rec[field]

events = []
for t, name in [(5, "e"), (1, "a"), (3, "c"), (4, "d"), (2, "b")]:
    bisect.insort(events, (t, name), key=keyed(0))
print(events)
by_time = keyed(0)
print(bisect.bisect_left(events, 3, key=by_time), bisect.bisect_right(events, 3, key=by_time))
print(events[bisect.bisect_left(events, 3, key=by_time):bisect.bisect_right(events, 4, key=by_time)])
scores = []
for s in [70, 85, 85, 60, 99, 85]:
    bisect.insort_left(scores, s)
print(scores, bisect.bisect(scores, 85) - bisect.bisect_left(scores, 85))
words = sorted(["pear", "fig", "banana", "kiwi"], key=len)
bisect.insort(words, "plum", key=len)
bisect.insort_left(words, "date", key=len)
print(words, bisect.bisect(words, 4, key=len, lo=1, hi=3))
