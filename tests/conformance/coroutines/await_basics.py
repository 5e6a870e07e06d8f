# async def makes coroutines: driven by send/throw/close, awaiting other
# coroutines, objects with __await__ and generators; not iterable themselves.
import inspect
import types


async def add(a, b):
    return a + b


async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]


c = main()
print(type(c).__name__, repr(c).split(" at ")[0], c.cr_running, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)


class Future:
    def __await__(self):
        got = yield self
        return got * 2


async def waiter(f):
    return await f


w = waiter(Future())
print(type(w.send(None)).__name__)
try:
    w.send(21)
except StopIteration as e:
    print("woken with", e.value)


async def awaits_int():
    await 5


class BadAwait:
    def __await__(self):
        return 5


async def awaits_bad():
    await BadAwait()


for make in (awaits_int, awaits_bad):
    try:
        make().send(None)
    except TypeError as e:
        print("TypeError", e)

for use in (iter, next, list):
    co = main()
    try:
        use(co)
    except TypeError as e:
        print("TypeError", e)
    co.close()


async def thrower():
    try:
        await Future()
    except ValueError as e:
        return f"caught {e}"


t = thrower()
t.send(None)
try:
    t.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)


@types.coroutine
def legacy():
    v = yield "from legacy"
    return v


async def uses_legacy():
    return await legacy()


u = uses_legacy()
print(u.send(None))
try:
    u.send(7)
except StopIteration as e:
    print("legacy returned", e.value)


def delegating():
    co = main()
    try:
        yield from co
    finally:
        co.close()


try:
    list(delegating())
except TypeError as e:
    print("TypeError", e)

co = main()
print(inspect.iscoroutinefunction(main), inspect.iscoroutinefunction(delegating),
      inspect.iscoroutine(co), inspect.isawaitable(Future()), inspect.isgeneratorfunction(main),
      isinstance(co, types.CoroutineType), main.__code__.co_flags & 0xA0)
co.close()


async def nested(n):
    if n == 0:
        return 0
    return 1 + await nested(n - 1)


d = nested(50)
try:
    d.send(None)
except StopIteration as e:
    print("depth", e.value)
