# Shapes asyncio code takes: __aiter__ classes, an async generator over a queue, anext() in
# tasks, async context managers with async for, a generator that raises.
import asyncio, contextlib

class Ticker:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0.01)
        return self.i

@contextlib.asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consume(q):
    async def items():
        while (item := await q.get()) is not None:
            yield item
    return [x async for x in items()]

async def main():
    async with session("db") as s:
        print("using", s)
    print([i async for i in Ticker(3)])
    q = asyncio.Queue()
    res = await asyncio.gather(producer(q, 4), consume(q))
    print(res)
    async def agen():
        for i in range(3):
            yield i
    results = await asyncio.gather(*(asyncio.create_task(anext(agen())) for _ in range(2)))
    print(results)
    async with contextlib.AsyncExitStack() as stack:
        v = await stack.enter_async_context(session("x"))
        print("stack", v)
    try:
        async with session("err"):
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e)
    async def countdown(n):
        while n > 0:
            yield n
            n -= 1
    it = aiter(countdown(3))
    print(await anext(it), await anext(it))
    print(await asyncio.wait_for(anext(it), 1))
    async def fail_gen():
        yield 1
        raise RuntimeError("gen failed")
    try:
        async for v in fail_gen():
            print("got", v)
    except RuntimeError as e:
        print(e)

asyncio.run(main())
