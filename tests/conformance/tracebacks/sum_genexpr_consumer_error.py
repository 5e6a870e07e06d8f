# sum()'s and sorted()'s own errors (the addition, the comparison) are raised
# outside the generator in CPython: with the generator expression run in
# place they keep no generator frame, get the call's line, and the loop's
# source is released before the handler runs.
import sys
import traceback


class RaddStops:
    def __radd__(self, other):
        raise StopIteration("radd")


def source():
    try:
        yield from range(3)
    finally:
        print("source closed")


def total(xs):
    return sum(x
               for x in xs)


for xs in (["a"], [RaddStops()]):
    try:
        total(xs)
    except BaseException as e:
        print(type(e).__name__)
        traceback.print_exc(file=sys.stdout)

try:
    sum(x for x in source() if x > 0 for y in ["b"] + [x])
except TypeError:
    print("caught")
    traceback.print_exc(file=sys.stdout)


def ordered():
    return sorted(
        x for x in [1, "a"])


try:
    ordered()
except TypeError:
    traceback.print_exc(file=sys.stdout)

print(sum(x for x in source()))
total([1, 2, None])
