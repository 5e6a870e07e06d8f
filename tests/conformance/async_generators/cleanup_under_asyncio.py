import asyncio

async def resource(name, n):
    print("open", name)
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("close", name)

async def main():
    async for x in resource("a", 5):
        if x == 1:
            break
    print("after break")
    ag = resource("b", 5)
    print(await anext(ag))
    print("leaving main with b open")
    return ag is not None

async def cleanup_awaits():
    try:
        yield 1
    finally:
        await asyncio.sleep(0.1)
        print("slow cleanup done")

async def main2():
    g = cleanup_awaits()
    print(await anext(g))
    del g
    print("dropped g")
    await asyncio.sleep(1)
    print("main2 end")

print(asyncio.run(main()))
asyncio.run(main2())
