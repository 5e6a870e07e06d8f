import time

def rate_limited(interval):
    last = [None]
    def call(fn):
        now = time.monotonic()
        if last[0] is not None and now - last[0] < interval:
            time.sleep(interval - (now - last[0]))
        last[0] = time.monotonic()
        return fn()
    return call

limit = rate_limited(0.02)
start = time.perf_counter()
out = [limit(lambda i=i: i * i) for i in range(4)]
print(out, time.perf_counter() - start >= 0.059)
t_ns = time.monotonic_ns()
time.sleep(0.001)
print(time.monotonic_ns() - t_ns >= 1000000)
