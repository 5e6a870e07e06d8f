# async with: __aenter__ and __aexit__ awaited on the way in and out, also
# when return, break or continue leave the body, and when it raises.
import asyncio
class Res:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0.01)
        return self
    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0.01)
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
async def early():
    async with Res("r") as r:
        return r.name + "!"
async def looped():
    out = []
    for i in range(3):
        async with Res(f"l{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            out.append(i)
    return out
async def main():
    async with Res("a") as a, Res("b") as b:
        print("body", a.name, b.name)
    async with Res("s", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Res("n"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", e)
    print(await early(), await looped())
    lock = asyncio.Lock()
    async def crit(i):
        async with lock:
            print("in", i, lock.locked())
            await asyncio.sleep(0.01)
    await asyncio.gather(crit(1), crit(2))
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0.1)
            return i
    print(await asyncio.gather(*(limited(i) for i in range(5))))
    try:
        async with object():
            pass
    except TypeError as e:
        print(e)
asyncio.run(main())
