# nonlocal_counter: many increments through closures that rebind a captured
# variable with `nonlocal` (one hot counter, then a bank of counters).
M = 1000000007


def make_counter(start):
    count = start

    def increment(step):
        nonlocal count
        count += step
        return count

    def value():
        return count

    return increment, value


def main():
    inc, value = make_counter(0)
    acc = 0
    for i in range(5000000):
        acc = (acc + inc(i % 7)) % M
    bank = [make_counter(k) for k in range(1000)]
    for rnd in range(2000):
        for pair in bank:
            pair[0](rnd % 5 + 1)
    for pair in bank:
        acc = (acc + pair[1]()) % M
    print((acc + value()) % M)


main()
