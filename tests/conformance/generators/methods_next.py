def g():
    yield "a"
    yield "b"

gen = g()
print(gen.__next__())
nx = gen.__next__
print(nx())
try:
    nx()
except StopIteration:
    print("stopped")
send = g().send
print(send(None))
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
it = g()
print(it.__iter__() is it, list(it.__iter__()))
