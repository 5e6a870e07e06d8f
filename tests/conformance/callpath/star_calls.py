# f(*args) and f(*args, **kwargs) with an empty dict bind like f(a, b):
# exact arity, wrong arity, defaults, generators, closures, recursion, and
# keyword dicts that are not empty.
def add(a, b):
    return a + b


def gen(a, b):
    yield a
    yield b


def counter():
    n = 0

    def bump(k):
        nonlocal n
        n += k
        return n

    return bump


def fact(n):
    return 1 if n <= 1 else n * fact(*(n - 1,), **{})


empty = {}
args = (2, 3)
print(add(*args), add(*args, **empty), add(*[4, 5], **{}), list(gen(*args, **empty)))
bump = counter()
print(bump(*(1,)), bump(*(2,), **empty), bump(*[3]))
print(fact(10))
for bad in [(1,), (1, 2, 3), ()]:
    try:
        add(*bad, **empty)
    except TypeError as e:
        print("TypeError", e)
print(add(*(1,), **{"b": 10}))
try:
    add(*(1, 2), **{"b": 10})
except TypeError as e:
    print("TypeError", e)


def deep(n):
    return deep(*(n + 1,))


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", str(e)[:30])
print(empty, args)
