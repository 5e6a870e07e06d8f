# sum(<generator expression>) runs as a loop of the calling code when sum is
# the builtin (compile_genexpr.c): everything a program can see must stay
# as with the generator.
import builtins


def total(xs):
    return sum(i * v for i, v in enumerate(xs))


print(total((3, 1, 2)), total([]), total(range(100)))


# nested loops, conditions, names of the enclosing function, cells
def nested(n):
    k = 2
    r = sum(x * y * k for x in range(n) if x % 2 for y in range(x) if y != 1)

    def peek():
        return k

    return r, peek()


print(nested(6), nested(0))


# a loop variable named as a local of the caller leaves the local alone
def shadow():
    x = "outer"
    s = sum(x for x in range(4))
    return s, x


print(shadow())


# the hidden slots do not show in locals(), and the last item dies with the loop
class Noisy:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("del", self.v)


def lifetimes():
    items = [Noisy(1), Noisy(2)]
    s = sum(o.v for o in items)
    print("summed", s, sorted(locals()))
    del items
    print("after del")


lifetimes()


# numbers of every kind, in sum()'s order
print(sum(x for x in [1, 2.5, 3]))
print(sum(x / 3 for x in range(10)))
print(sum(x for x in [2**62, 2**62, 2**62]))
print(sum(x for x in [2**100, -(2**100), 7]))
print(sum(b for b in [True, True, False]))
print(sum(x for x in [1, 2j, 0.5]))
print(sum(x for x in [0.1] * 10))
print(sum(x for x in [1e308, 1e308, -1e308]))
print(type(sum(x for x in [])), sum(x for x in []))


class Money:
    def __init__(self, c):
        self.c = c

    def __radd__(self, other):
        print("radd", other)
        return Money((other.c if isinstance(other, Money) else other) + self.c)

    def __add__(self, other):
        print("add", other if not isinstance(other, Money) else other.c)
        return Money(self.c + (other.c if isinstance(other, Money) else other))


print(sum(Money(c) for c in (5, 7, 9)).c)


class MyInt(int):
    def __radd__(self, other):
        return "radd"


print(sum(x for x in [1, MyInt(2)]))

# errors from the loop's code, with the partial total dropped
for bad in ([1, "a"], [None], [[1]]):
    try:
        print(sum(x for x in bad))
    except TypeError as e:
        print("TypeError:", e)


def raises_midway(n):
    for i in range(n):
        if i == 3:
            raise ValueError("at 3")
        yield i


try:
    sum(x for x in raises_midway(10))
except ValueError as e:
    print("ValueError:", e)

try:
    sum(10 // (3 - x) for x in range(5))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


# PEP 479: a StopIteration raised by the expression's code is a RuntimeError
def stop_in_element():
    it = iter([1])
    return sum(next(it) for _ in range(3))


try:
    stop_in_element()
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__suppress_context__)


class StopOnIter:
    def __iter__(self):
        raise StopIteration("from __iter__")


try:
    sum(y for x in range(2) for y in StopOnIter())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

# ... but the first iterable is evaluated and iterated by the caller
try:
    sum(x for x in StopOnIter())
except StopIteration as e:
    print("StopIteration:", e)


# an iterator whose __next__ raises StopIteration just ends the loop
class Three:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(sum(x for x in Three()))
print(sum(x * y for x in Three() for y in Three()))

try:
    sum(x for x in 5)
except TypeError as e:
    print("TypeError:", e)


# evaluation order: sum is looked up, then the first iterable; the others per item
def trace(tag, v):
    print("eval", tag)
    return v


print(sum(x + y for x in trace("first", [1, 2]) for y in trace("inner", [10])))


# a generator as the source: its finally runs when the loop finishes or fails
def source(n):
    try:
        yield from range(n)
    finally:
        print("source closed")


print(sum(x for x in source(4)))
try:
    sum(1 // (x - 2) for x in source(5))
except ZeroDivisionError:
    print("caught after the source closed")


# sum shadowed: by a global, a local, an argument, the builtins module
def local_sum():
    sum = lambda it: list(it)  # noqa: E731
    return sum(x for x in range(3))


print(local_sum())


def arg_sum(sum):
    return sum(x for x in range(3))


print(arg_sum(tuple), arg_sum(builtins.sum), arg_sum(max))

sum = lambda g: ("global", type(g).__name__)  # noqa: E731
print(sum(x for x in range(3)))
del sum
print(sum(x for x in range(3)))
real_sum = builtins.sum
builtins.sum = lambda g: ("builtins", next(g))
print(sum(x for x in range(7, 9)))
builtins.sum = real_sum
print(sum(x for x in range(7, 9)))


# := binds in the enclosing function, as from the generator
def walrus():
    s = sum((last := x) * 2 for x in range(5))
    return s, last


print(walrus())


# inside a generator, a lambda, a comprehension, a class body, a method with super
def gen_of_sums(rows):
    for r in rows:
        yield sum(x for x in r)


print(list(gen_of_sums([[1, 2], [3], []])))
print((lambda r: sum(x * x for x in r))(range(4)))
print([sum(x for x in range(n)) for n in range(5)])
print({n: sum(x for x in range(n) if x > n // 2) for n in range(6)})


class Body:
    base = 10
    vals = [1, 2, 3]
    total = sum(v for v in vals)


print(Body.total)


class Base:
    def f(self):
        return 1


class Derived(Base):
    def f(self):
        return sum(super().f() for _ in range(3))


try:
    print(Derived().f())
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)


def uses_locals():
    a = 5
    return sum(len(locals()) for _ in range(2))


print(uses_locals())


# recursion through a summed generator expression
def catalan(n, memo={}):
    if n < 2:
        return 1
    if n not in memo:
        memo[n] = sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
    return memo[n]


print([catalan(n) for n in range(12)], catalan(60))


# the generator's own code and its attributes through the general path
def shows_genexpr():
    g = (x for x in range(3))
    return type(g).__name__, g.gi_code.co_name, sum(g)


print(shows_genexpr())
print(sum((x for x in range(4))), sum(x for x in range(4) if x))

# a nested generator expression in the element is a generator as before
print(sum(sum(y for y in range(x)) for x in range(5)))
print(sum(max(y for y in range(x + 1)) for x in range(5)))
