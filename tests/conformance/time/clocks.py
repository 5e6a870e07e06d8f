import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.monotonic_ns()
print(type(t0).__name__, type(m0).__name__, type(time.time_ns()).__name__, type(n0).__name__)
print(t0 > 1.6e9, time.time_ns() > 1.6e18, abs(time.time_ns() / 1e9 - time.time()) < 1.0)
print(time.monotonic() >= m0, time.perf_counter() >= p0, time.monotonic_ns() >= n0, time.perf_counter_ns() > 0)
print(time.process_time() >= 0, time.process_time_ns() >= 0)
ticks = [time.monotonic_ns() for _ in range(100)]
print(all(a <= b for a, b in zip(ticks, ticks[1:])))
for bad in (lambda: time.time(1), lambda: time.monotonic(None)):
    try:
        bad()
    except TypeError as e:
        print(e)
