# A list, set or dict comprehension that awaits, inside an async def.
import asyncio
async def sq(x):
    await asyncio.sleep(0.01)
    return x * x
async def main():
    print([await sq(i) for i in range(4)])
    print({i: await sq(i) for i in range(3)}, {await sq(i) for i in range(3)} == {0, 1, 4})
    print([[await sq(i + j) for j in range(2)] for i in range(2)])
    print([x for x in [await sq(5)] if x])
asyncio.run(main())
