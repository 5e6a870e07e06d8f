# generators: closures over generator state: a pipeline of generators fed by
# a generator closed over a captured counter, a yield-from tree walk, and a
# send()-driven running-average coroutine.
M = 1000000007


def make_source(limit):
    produced = 0

    def source():
        nonlocal produced
        while produced < limit:
            produced += 1
            yield produced

    return source


def scaled(xs, k):
    for x in xs:
        yield x * k % M


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def walk(depth):
    if depth == 0:
        yield 1
        return
    yield from walk(depth - 1)
    yield from walk(depth - 1)


def averager():
    total = 0
    count = 0
    avg = 0
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count


def main():
    acc = 0
    for x in evens(scaled(make_source(3000000)(), 7)):
        acc = (acc + x) % M
    for x in walk(17):
        acc += x
    avg = averager()
    next(avg)
    for i in range(1000000):
        acc = (acc + avg.send(i)) % M
    acc = (acc + sum(i * i % 11 for i in range(1000000))) % M
    print(acc)


main()
