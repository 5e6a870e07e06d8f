# sum() consuming generators (resumed directly, not through the generic
# iterator step): results, start values of other types, errors raised
# midway, a generator closed or exhausted during the sum, the argument
# forms and their errors.


def gen(n):
    for i in range(n):
        yield i


print(sum(gen(10)), sum(gen(0)), sum(gen(5), 100), sum(x * x for x in range(50)))
print(sum((x for x in range(5)), start=10), sum(gen(4), start=0.5))
print(sum(i * v for i, v in enumerate((3, 1, 4, 1, 5, 9))))
print(sum(x / 2 for x in range(7)), sum((0.1 for _ in range(10)), 0.0))
print(sum((x for x in [1, 2.5, 3]), 0), sum(x for x in [2**70, 1, -(2**70)]))
print(sum(([x] for x in range(4)), []), sum(((x,) for x in "ab"), ()))
print(sum((complex(x, 1) for x in range(3)), 0j), sum((True for _ in range(3))))
print(sum(x for x in range(2**62 - 2, 2**62 + 2)), sum(gen(3), 2**64))


# a generator raising midway: the error propagates, the items before count
def bad(n):
    for i in range(n):
        if i == 3:
            raise ValueError("item %d" % i)
        yield i


try:
    sum(bad(10))
except ValueError as e:
    print("ValueError:", e)
g = bad(10)
try:
    sum(g)
except ValueError:
    pass
print(list(g), sum(g))

# an item whose + raises
try:
    sum(x for x in [1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sum((x for x in [1, 2]), "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum((x for x in [b"a"]), b"")
except TypeError as e:
    print("TypeError:", e)


# a generator closed while sum() consumes it: the next step ends the sum
class Closer:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        if self.v == 2:
            g2.close()
        return other + self.v


g2 = (Closer(i) for i in range(10))
print(sum(g2), list(g2))


# a generator that closes itself while running: ValueError
def selfclose():
    yield 1
    me.close()
    yield 2


me = selfclose()
try:
    sum(me)
except ValueError as e:
    print("ValueError:", e)


# a generator that is already running (sum inside its own body)
def reenter():
    yield 1
    yield sum(r)


r = reenter()
try:
    sum(r)
except ValueError as e:
    print("ValueError:", e)


# a generator's return value is dropped; finally blocks run at the end
def with_finally(log):
    try:
        yield 1
        yield 2
        return 99
    finally:
        log.append("finally")


log = []
print(sum(with_finally(log)), log)


# StopIteration raised inside a generator is a RuntimeError
def stop_inside():
    yield 1
    raise StopIteration


try:
    sum(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)

# a generator resumed by sum() after a partial next()
g3 = gen(6)
next(g3)
next(g3)
print(sum(g3), sum(g3))

# a generator nested inside another's sum
print(sum(sum(y for y in range(x)) for x in range(6)))

# argument errors
for call in (lambda: sum(), lambda: sum(gen(2), 1, 2), lambda: sum(gen(2), foo=1),
             lambda: sum(start=1), lambda: sum(5)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


# str and bytes start values, their subclasses included, are refused
class S(str):
    pass


for start in ("", S("s"), b"", bytearray()):
    try:
        sum((x for x in []), start)
    except TypeError as e:
        print("TypeError:", e)
