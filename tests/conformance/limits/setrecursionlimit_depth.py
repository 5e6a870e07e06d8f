# sys.setrecursionlimit refuses a limit at or below the depth it is called at (the call
# itself counted, as CPython counts it), and bad values with CPython's errors.
import sys
old = sys.getrecursionlimit()
for v in [0, -1, 1, 2, 2**31, 2**63, 1.5, 'x', None, True]:
    try:
        sys.setrecursionlimit(v)
        print('set', v, sys.getrecursionlimit())
    except Exception as e:
        print(repr(v), type(e).__name__, e)
sys.setrecursionlimit(old)
def nest(k, limit):
    if k == 0:
        try:
            sys.setrecursionlimit(limit)
            print('set', limit)
        except RecursionError as e:
            print(e)
        return
    nest(k - 1, limit)
for limit in (5, 22, 23, 24, 40):
    nest(20, limit)
    sys.setrecursionlimit(old)
def deep(n):
    return deep(n + 1)
sys.setrecursionlimit(50)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
