# C consumers of generators (list, sorted, tuple, join, sum, min, max, any,
# all, dict, set): errors raised midway, the consumer's own errors, a
# generator closed, advanced or re-entered while a consumer runs it,
# StopIteration inside a generator (PEP 479), return values dropped.


def counting(n, fail_at=None, exc=ValueError):
    for i in range(n):
        if i == fail_at:
            raise exc("boom at %d" % i)
        yield i


def report(name, fn):
    try:
        print(name, fn())
    except Exception as e:
        print(name, type(e).__name__, e, "| cause:", type(e.__cause__).__name__)


for name, consume in [("list", list), ("sorted", sorted), ("tuple", tuple), ("sum", sum),
                      ("min", min), ("max", max), ("any", any), ("all", all), ("set", set)]:
    report(name + " ok", lambda: consume(counting(6)))
    report(name + " midway", lambda: consume(counting(6, fail_at=3)))
    report(name + " first", lambda: consume(counting(6, fail_at=0)))
    report(name + " empty", lambda: consume(x for x in ()))

report("join ok", lambda: "-".join(str(i) for i in counting(5)))
report("join midway", lambda: "-".join(str(i) for i in counting(5, fail_at=2)))
report("join bad item", lambda: "-".join(i for i in [1, "a"]))
report("join bytes", lambda: b",".join(bytes([65 + i]) for i in range(4)))
report("dict", lambda: dict((i, i * i) for i in range(5)))
report("dict midway", lambda: dict((i, 10 // (3 - i)) for i in range(5)))

# the consumer's own error leaves the generator suspended where it was
g = counting(10)
report("sum str item", lambda: sum(("a" if i == 4 else i) for i in g))
print("after sum error", next(g, "end"), next(g, "end"))
g2 = counting(10)
report("min unorderable", lambda: min(g2 if False else (None if i == 2 else i for i in g2)))
print("after min error", list(g2))


# a key function that advances, closes or re-enters the generator it consumes
def advancing():
    g = counting(10)

    def key(x):
        nxt = next(g, None)
        print("  key", x, "skips", nxt)
        return -x

    return min(g, key=key)


report("key advances", advancing)


def closing():
    g = counting(10)

    def key(x):
        if x == 2:
            g.close()
        return x

    return max(g, key=key)


report("key closes", closing)


def reentering():
    def gen():
        yield 1
        yield sum(me)  # me is running: ValueError
        yield 3

    me = gen()
    return list(me)


report("re-entered", reentering)


def stop_inside():
    yield 1
    raise StopIteration("inner")


for name, consume in [("list", list), ("sum", sum), ("any", lambda g: any(x > 5 for x in g)),
                      ("tuple", tuple), ("join", lambda g: "".join(map(str, g)))]:
    report("pep479 " + name, lambda: consume(stop_inside()))


def with_return():
    yield 1
    yield 2
    return "dropped"


print(list(with_return()), sum(with_return()), tuple(with_return()))


# any/all stop early and leave the generator suspended
g = counting(10)
print(any(x == 3 for x in g), next(g))
g = counting(10)
print(all(x < 3 for x in g), next(g))


# finally blocks run when a consumer stops or fails, and when the generator ends
def guarded(log):
    try:
        for i in range(5):
            yield i
    finally:
        log.append("finally")


log = []
print(sum(guarded(log)), log)
log = []
gg = guarded(log)
print(any(x == 1 for x in gg), log)
del gg
print(log)


# yield from inside the consumed generator, and nested consumers
def inner(n):
    yield from range(n)
    return n


def outer():
    total = yield from inner(3)
    yield total
    yield sum(inner(4))
    yield max(x * x for x in inner(5))


print(list(outer()), sorted(outer(), reverse=True))
print(sum(sum(range(i)) for i in range(50)))
print(list(sum(x for x in range(k)) for k in range(6)))


# a generator whose frame the collector frees while a consumer of another runs
class Node:
    def __init__(self):
        self.me = self
        self.gen = (i for i in range(3))


def churn():
    import gc
    for i in range(50):
        n = Node()
        next(n.gen)
        del n
        if i % 10 == 0:
            gc.collect()
        yield i


print(sum(churn()), len(list(churn())))


# generators that are not started, already finished, or infinite (stopped by the consumer)
g = (x for x in range(3))
print(list(g), list(g), sum(g))


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(any(x > 1000 for x in naturals()), next(x for x in naturals() if x * x > 50))
