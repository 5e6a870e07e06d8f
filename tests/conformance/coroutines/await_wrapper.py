# A coroutine's __await__() is a coroutine_wrapper: an iterator that steps the coroutine
# (send, throw, close, next), and an __await__ may return it.
async def f(x):
    return x * 2
c = f(21)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    w.send(None)
except StopIteration as e:
    print("value", e.value)
class Wrap:
    def __init__(self, coro): self.coro = coro
    def __await__(self): return self.coro.__await__()
async def main():
    return await Wrap(f(5))
m = main()
try:
    m.send(None)
except StopIteration as e:
    print("main", e.value)
import types
@types.coroutine
def yielder():
    v = yield "tick"
    return v
async def uses():
    return await yielder()
u = uses()
w = u.__await__()
print(next(w))
try:
    w.send("tock")
except StopIteration as e:
    print("u", e.value)
c2 = f(1); w2 = c2.__await__(); w2.close(); print(c2.cr_frame)
try:
    f(2).__await__().throw(ValueError("t"))
except ValueError as e:
    print("thrown", e)
async def agen():
    yield 1
try:
    next(agen())
except TypeError as e:
    print(e)
