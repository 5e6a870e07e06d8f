# await takes coroutines, objects with __await__ and generators marked with
# types.coroutine; a plain generator is refused.
import types


def plain():
    yield "step"
    return "plain result"


@types.coroutine
def marked():
    got = yield "step"
    return "marked got %s" % got


async def use(factory):
    return await factory()


for factory in (plain, marked):
    c = use(factory)
    try:
        print(c.send(None))
        c.send("x")
    except StopIteration as e:
        print("returned", e.value)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
