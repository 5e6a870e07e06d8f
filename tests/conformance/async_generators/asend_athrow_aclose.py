import asyncio

async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                print("caught", e)
                yield "recovered"
    finally:
        print("echo closing with", received)

async def main():
    ag = echo()
    print(await ag.asend(None))
    print(await ag.asend("a"))
    print(await ag.asend("b"))
    print(await ag.athrow(ValueError("boom")))
    print(await ag.asend("c"))
    await ag.aclose()
    print("closed")
    try:
        await ag.asend("d")
    except StopAsyncIteration:
        print("stop after close")
    # aclose on an unstarted one
    ag2 = echo()
    await ag2.aclose()
    print("unstarted closed")
    # athrow an exception it does not handle
    ag3 = echo()
    await ag3.asend(None)
    try:
        await ag3.athrow(KeyError, "k")
    except KeyError as e:
        print("propagated", repr(e))
    # reusing an awaited asend
    ag4 = echo()
    a = ag4.asend(None)
    try:
        a.send(None)
    except StopIteration as e:
        print("first value via StopIteration", e.value)
    try:
        a.send(None)
    except RuntimeError as e:
        print(e)
    await ag4.aclose()

async def bad_close():
    try:
        yield 1
    finally:
        yield 2

async def raises_stop():
    yield 1
    raise StopAsyncIteration

async def main2():
    g = bad_close()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)
    g = raises_stop()
    await anext(g)
    try:
        await anext(g)
    except RuntimeError as e:
        print(e, type(e.__cause__).__name__)
    try:
        await raises_stop()
    except TypeError as e:
        print(e)
    try:
        for x in raises_stop():
            pass
    except TypeError as e:
        print(e)

asyncio.run(main())
asyncio.run(main2())
