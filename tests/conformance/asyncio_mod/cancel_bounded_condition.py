# asyncio: cancelling a gather (every child asked, the answer whether any took it), a
# BoundedSemaphore released once too often, Condition.wait_for (true at once, after
# notifications, the predicate's own value returned); ModuleSpec.has_location.
import asyncio
import importlib.machinery


async def sleeper(n, log):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        log.append('cancelled %s' % n)
        raise


async def main():
    log = []
    g = asyncio.gather(sleeper(1, log), sleeper(2, log))
    await asyncio.sleep(0)
    print('cancel', g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', sorted(log))
    done = asyncio.gather(asyncio.sleep(0))
    await done
    print('cancel done', done.cancel())
    empty = asyncio.gather()
    print('empty', empty.done(), empty.cancel())

    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as exc:
        print('ValueError', exc)

    cond = asyncio.Condition()
    state = {'n': 0}
    calls = []

    def ready():
        calls.append(state['n'])
        return state['n'] >= 2 and 'ready at %d' % state['n']

    async def waiter():
        async with cond:
            return await cond.wait_for(ready)

    async def bump():
        for _ in range(3):
            await asyncio.sleep(0)
            async with cond:
                state['n'] += 1
                cond.notify_all()

    result, _ = await asyncio.gather(waiter(), bump())
    print(result, calls)
    async with cond:
        print(await cond.wait_for(lambda: [1]))

asyncio.run(main())
spec = importlib.machinery.ModuleSpec('m', None, origin='/x/m.py')
print(spec.has_location)
spec.has_location = 1
print(spec.has_location)
