# asyncio: run, sleep, gather (with and without return_exceptions), tasks and
# cancellation, wait_for's timeout, Queue, Event, Lock, wait, as_completed and
# loop callbacks, in the order CPython runs them.
import asyncio

async def fetch(name, delay, fail=False):
    print(f"start {name}")
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"done {name}")
    return name.upper()

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)
        await asyncio.sleep(0.1)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.gather(fetch("a", 0.3), fetch("b", 0.1), fetch("c", 0.2))
    print(r, round(loop.time() - t0, 1))
    r2 = await asyncio.gather(fetch("d", 0.1), fetch("e", 0.05, fail=True), return_exceptions=True)
    print(r2)
    try:
        await asyncio.gather(fetch("f", 0.1, fail=True), fetch("g", 0.2))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(fetch("h", 1))
    await asyncio.sleep(0)
    print(t.done(), t.get_name().startswith("Task-"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    try:
        await asyncio.wait_for(fetch("slow", 5), timeout=0.5)
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.wait_for(fetch("quick", 0.1), timeout=1))
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty())
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    ev.set()
    print(await asyncio.gather(*ws))
    lock = asyncio.Lock()
    log = []
    async def crit(i):
        await lock.acquire()
        try:
            log.append(f"in{i}")
            await asyncio.sleep(0.01)
            log.append(f"out{i}")
        finally:
            lock.release()
    await asyncio.gather(*(crit(i) for i in range(3)))
    print(log)
    done, pending = await asyncio.wait([asyncio.create_task(fetch("w1", 0.1)), asyncio.create_task(fetch("w2", 2))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()
    order = []
    async def quiet(name, delay):
        await asyncio.sleep(delay)
        return name
    for c in asyncio.as_completed([quiet("x", 0.3), quiet("y", 0.1), quiet("z", 0.2)]):
        order.append(await c)
    print(order)
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "from callback")
    print(await fut)
    return "main done"

print(asyncio.run(main()))
async def boom():
    await asyncio.sleep(0.1)
    raise KeyError("k")
try:
    asyncio.run(boom())
except KeyError as e:
    print("run raised", repr(e))
co = boom()
print(asyncio.iscoroutinefunction(boom), asyncio.iscoroutine(co))
co.close()
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
