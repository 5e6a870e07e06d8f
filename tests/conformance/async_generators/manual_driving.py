# Driving an async generator by hand, without asyncio: the awaitables of
# asend/athrow/aclose are iterators whose StopIteration carries the value.
import types


@types.coroutine
def suspend(tag):
    got = yield ("suspended", tag)
    return got


async def agen():
    x = await suspend("first")
    print("inside got", x)
    y = yield "value-1"
    print("sent in", y)
    yield "value-2"


def step(aw, value=None):
    try:
        out = aw.send(value)
        print("passes up", out)
        return aw
    except StopIteration as e:
        print("result", e.value)
        return None


g = agen()
print(type(g).__name__, repr(g).startswith("<async_generator object agen at 0x"))
print(g.ag_running, g.ag_await, g.ag_code.co_name, g.ag_frame is not None)
a = g.__anext__()
print(type(a).__name__, type(g.aclose()).__name__)
a = step(a)
print("awaiting:", g.ag_await is not None, "running:", g.ag_running)
step(a, "resumed")
a = step(g.asend("hello"))
c = g.aclose()
try:
    c.send(None)
except StopIteration as e:
    print("aclose finished", e.value)
try:
    g.asend(None).send(None)
except StopAsyncIteration:
    print("closed generator: StopAsyncIteration")
for name in ("send", "__next__", "gi_frame"):
    try:
        getattr(g, name)
    except AttributeError as e:
        print(e)
try:
    iter(g)
except TypeError as e:
    print(e)


async def simple():
    yield 1


s = simple()
try:
    s.asend(5).send(None)
except TypeError as e:
    print(type(e).__name__, e)
print(s.__aiter__() is s)
