async def delegate(other):
    yield 0
    yield from other
