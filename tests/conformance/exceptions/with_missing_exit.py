# A context manager without __exit__ (or __aexit__) is CPython's TypeError naming what
# is missed; without __enter__ it names nothing.
import asyncio
class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
for cm in (NoExit(), NoEnter(), 5):
    try:
        with cm:
            pass
    except TypeError as e:
        print(e)
class ANoExit:
    async def __aenter__(self):
        return 1
class ANoEnter:
    async def __aexit__(self, *a):
        pass
async def main():
    for cm in (ANoExit(), ANoEnter()):
        try:
            async with cm:
                pass
        except TypeError as e:
            print(e)
asyncio.run(main())
