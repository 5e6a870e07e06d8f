import asyncio


async def f():
    return 1

async with asyncio.Lock():
    pass
