import time
start = time.monotonic()
time.sleep(0.05)
elapsed = time.monotonic() - start
print(elapsed >= 0.049, elapsed < 2.0)
s = time.perf_counter_ns()
time.sleep(0)
time.sleep(1e-4)
time.sleep(False)
print(time.perf_counter_ns() - s >= 100000)
for bad in (-1, "x", float("nan"), float("inf"), 2**70, None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print(e)

def timed(fn):
    def wrapper(*a):
        t = time.perf_counter()
        r = fn(*a)
        return r, time.perf_counter() - t >= 0.01
    return wrapper

@timed
def nap(x):
    time.sleep(0.01)
    return x * 2

print(nap(21))
