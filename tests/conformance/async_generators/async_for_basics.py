import asyncio

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def squares(src):
    async for x in src:
        yield x * x

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    async for x in ticker(3):
        print("tick", x)
    print([x async for x in squares(ticker(4))])
    print({x async for x in Countdown(3)})
    print({x: x + 1 async for x in Countdown(2)})
    async for x in Countdown(2):
        print("cd", x)
    else:
        print("else ran")
    ag = ticker(2)
    print(type(ag).__name__, ag.__name__, ag.ag_running)
    print(await ag.__anext__(), await anext(ag))
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(ag, "dflt"))
    g = (x * 2 async for x in ticker(3))
    print(type(g).__name__, [y async for y in g])
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)
    for bad in (1, "s"):
        try:
            aiter(bad)
        except TypeError as e:
            print(e)

asyncio.run(main())
