# async generators as methods (__aiter__ written as one, a rows() method), inside async with,
# merged, closed early, gathered, and in nested async comprehensions.
import asyncio
class Stream:
    def __init__(self, n): self.n = n
    async def __aiter__(self):
        for i in range(self.n):
            await asyncio.sleep(0)
            yield i
class Resource:
    async def __aenter__(self):
        print("acquire"); return self
    async def __aexit__(self, et, e, tb):
        print("release", et.__name__ if et else None)
        return False
    async def rows(self):
        for r in ("a", "b"):
            yield r
async def merge(*gens):
    out = []
    for g in gens:
        async for x in g:
            out.append(x)
    return out
async def main():
    print([x async for x in Stream(3)])
    async with Resource() as r:
        async for row in r.rows():
            print("row", row)
    print(await merge(Stream(2), Resource().rows()))
    agen = Stream(5).__aiter__()
    print(type(agen).__name__, agen.__aiter__() is agen)
    print(await agen.__anext__(), await agen.asend(None))
    await agen.aclose()
    print(agen.ag_running, agen.ag_await)
    result = await asyncio.gather(*(merge(Stream(i)) for i in range(3)))
    print(result)
    g = (x + 1 async for x in Stream(3))
    print([y async for y in g])
    print(sum([z async for z in Stream(4) if z % 2]))
    nested = {k: [v async for v in Stream(k)] async for k in Stream(3)}
    print(nested)
asyncio.run(main())
