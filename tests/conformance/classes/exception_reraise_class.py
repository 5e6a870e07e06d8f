class RetryError(RuntimeError):
    def __init__(self, attempts, last):
        super().__init__(f"gave up after {attempts} attempts")
        self.last = last


def retry(fn, times):
    last = None
    for i in range(times):
        try:
            return fn(i)
        except ValueError as e:
            last = e
    raise RetryError(times, last) from last


def flaky(i):
    if i < 2:
        raise ValueError(f"attempt {i} failed")
    return f"ok on {i}"


print(retry(flaky, 3))
try:
    retry(flaky, 2)
except RetryError as e:
    print(e, "|", e.last, "|", e.__cause__ is e.last)
retry(flaky, 1)
