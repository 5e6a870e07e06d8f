# asynccontextmanager, AsyncExitStack, aclosing and async nullcontext: enter and exit order,
# exceptions swallowed or kept, a generator that never yields, a failing enter in a stack.
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext

log = []

@asynccontextmanager
async def resource(name, fail_enter=False):
    log.append("enter " + name)
    if fail_enter:
        raise OSError("cannot open " + name)
    try:
        yield name
    except KeyError:
        log.append("swallowed KeyError in " + name)
    finally:
        log.append("exit " + name)

@asynccontextmanager
async def no_yield():
    if False:
        yield

@resource("decorated")
async def decorated_call(x):
    return x * 2

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("numbers closed")

async def main():
    async with resource("a") as a, resource("b") as b:
        log.append(a + b)
    async with resource("c"):
        raise KeyError("gone")
    try:
        async with resource("d"):
            raise ValueError("kept")
    except ValueError as e:
        log.append("propagated " + str(e))
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        log.append(str(e))
    log.append(await decorated_call(21))
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n)) for n in ("s1", "s2")]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(log.append, "sync callback")
        log.append("stack body " + ",".join(names))
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(resource("ok"))
            await stack.enter_async_context(resource("bad", fail_enter=True))
    except OSError as e:
        log.append("stack error " + str(e))
    async with aclosing(numbers()) as gen:
        async for n in gen:
            if n == 2:
                break
    async with nullcontext(5) as five:
        log.append(five)

asyncio.run(main())
for line in log:
    print(line)
