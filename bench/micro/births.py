# births.py: one kind of small object born and dropped a million times, for
# instruction counts per birth and death (cachegrind; see
# docs/dev/memo.md, "memo: births and deaths"). Usage:
#   valgrind --tool=cachegrind --cache-sim=no closured run births.py KIND
#   valgrind --tool=cachegrind --cache-sim=no python3.11 births.py KIND
# KIND: pass (the loop alone: subtract it), tuple, dict, list, kwargs.
# Each iteration replaces x, so the object made by the previous one dies.
import sys


def star(*args, **kwargs):
    return 0


def main(kind):
    a1 = 5
    x = None
    n = 1000000
    if kind == "pass":
        for i in range(n):
            x = a1
    elif kind == "tuple":
        for i in range(n):
            x = (a1, ())
    elif kind == "dict":
        for i in range(n):
            x = {"k": a1}
    elif kind == "list":
        for i in range(n):
            x = [a1, a1]
    elif kind == "kwargs":  # a forwarder's frame, its *args tuple and **kwargs dict
        for i in range(n):
            x = star(a1, offset=a1)
    else:
        raise SystemExit("kind: pass, tuple, dict, list or kwargs")
    return x


main(sys.argv[1] if len(sys.argv) > 1 else "pass")
