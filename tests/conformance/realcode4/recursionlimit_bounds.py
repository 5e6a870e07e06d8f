# sys.setrecursionlimit takes a C int, as CPython: past it OverflowError,
# below 1 ValueError, a non-int TypeError; the limit in force stays.
import sys

before = sys.getrecursionlimit()
for v in [2**31, -2**31 - 1, 2**63, 10**100, 0, -5, 1.5, "x", None]:
    try:
        sys.setrecursionlimit(v)
        print(v, "accepted")
    except (OverflowError, ValueError, TypeError) as e:
        print(repr(v)[:12], type(e).__name__, e)
print(sys.getrecursionlimit() == before)
sys.setrecursionlimit(True + 2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(before)
