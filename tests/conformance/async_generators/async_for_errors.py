# The TypeErrors of async for and the ends of async generators.
import asyncio


class NoAnext:
    def __aiter__(self):
        return 42


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class Stops:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


async def gives_stopiteration():
    yield 1
    raise StopIteration("inner")


async def main():
    for obj in (None, [1, 2], NoAnext(), BadAnext()):
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print(type(obj).__name__, "->", e)
    async for _ in Stops():
        print("never")
    else:
        print("empty loop ran its else")
    g = gives_stopiteration()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(e, "| cause:", repr(e.__cause__))
    try:
        await g
    except TypeError as e:
        print(e)
    try:
        anext(5)
    except TypeError as e:
        print(e)
    nested = [[y async for y in agen_of(x)] async for x in agen_of(3)]
    print(nested)
    total = 0
    async for i in agen_of(10):
        if i % 2:
            continue
        if i > 6:
            break
        total += i
    print("total", total)


async def agen_of(n):
    for i in range(n):
        yield i


asyncio.run(main())
