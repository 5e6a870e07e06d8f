# asyncio is a package: its submodules (asyncio.coroutines, which libraries import to ask
# whether a function is a coroutine function) import, and share the package's objects.
import asyncio
import asyncio.coroutines


async def fetch():
    return 1


def plain():
    return 2


print(asyncio.coroutines.iscoroutinefunction(fetch), asyncio.coroutines.iscoroutinefunction(plain))
coro = fetch()
print(asyncio.coroutines.iscoroutine(coro), asyncio.coroutines.iscoroutine(plain()))
print(asyncio.run(coro), asyncio.iscoroutinefunction is asyncio.coroutines.iscoroutinefunction)
print(hasattr(asyncio, '__path__'), asyncio.__name__, asyncio.coroutines.__name__)
