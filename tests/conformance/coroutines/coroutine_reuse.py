# A finished or closed coroutine refuses to run again; a finished generator just ends.
import asyncio
async def f():
    return 1
c = f()
c.close()
c.close()
for op in (lambda: c.send(None), lambda: c.throw(ValueError), lambda: c.close()):
    try:
        print(op())
    except (RuntimeError, ValueError, StopIteration) as e:
        print(type(e).__name__, e)
c = f()
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
async def main():
    co = f()
    print(await co)
    try:
        await co
    except RuntimeError as e:
        print('RuntimeError', e)
asyncio.run(main())
def g():
    yield 1
gen = g()
print(list(gen), list(gen))
try:
    gen.send(None)
except StopIteration:
    print('StopIteration')
