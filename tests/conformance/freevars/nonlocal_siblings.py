# nonlocal writes through one closure are seen by its siblings, by
# generators sharing the cell (suspended or not) and by the defining frame.


def bank():
    balance = 0
    history = []

    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("in", n))
        return balance

    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient: %d > %d" % (n, balance))
        balance -= n
        history.append(("out", n))
        return balance

    def watch():
        while True:
            yield balance

    def peek():
        return balance

    return deposit, withdraw, watch, peek, lambda: list(history)


deposit, withdraw, watch, peek, hist = bank()
w = watch()
print(next(w))
print(deposit(10), peek(), next(w))
print(withdraw(3), peek(), next(w))
try:
    withdraw(100)
except ValueError as e:
    print("error:", e)
print(deposit(1), next(w), hist())


def gen_writer():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    def g():
        nonlocal count
        for _ in range(3):
            count += 10
            yield count

    it = g()
    out = [next(it), bump(), next(it), bump(), count]
    count = 1000
    out.append(next(it))
    out.append(bump())
    return out


print(gen_writer())


def frame_sees_writes():
    n = 0

    def inc():
        nonlocal n
        n += 1

    for _ in range(5):
        inc()
    seen = n
    n = -1
    inc()
    return seen, n


print(frame_sees_writes())


def deep():
    v = "a"

    def mid():
        def inner():
            nonlocal v
            v = v + "b"
            return v

        return inner

    f = mid()
    g = mid()
    return f(), g(), f(), v


print(deep())


def generator_outlives_function():
    def make():
        total = 0

        def add(x):
            nonlocal total
            total += x

        def running():
            while True:
                yield total

        return add, running()

    add, it = make()
    out = []
    for k in range(4):
        add(k)
        out.append(next(it))
    del add
    out.append(next(it))
    return out


print(generator_outlives_function())
