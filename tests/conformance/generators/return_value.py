def gen():
    yield 1
    return "finished"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)

def empty_return():
    return
    yield
try:
    next(empty_return())
except StopIteration as e:
    print("bare return value:", e.value)

def tuple_return():
    yield 0
    return (1, 2)
t = tuple_return()
next(t)
try:
    next(t)
except StopIteration as e:
    print(e.value)
