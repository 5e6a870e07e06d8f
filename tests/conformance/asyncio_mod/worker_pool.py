# A pool of workers draining a queue until join(), then cancelled; a rate
# limiter with a semaphore; a watchdog with wait_for and shield; a
# Condition handing items over; tasks named and listed.
import asyncio


async def worker(name, queue, log):
    while True:
        delay = await queue.get()
        try:
            await asyncio.sleep(delay)
            log.append((name, delay))
        finally:
            queue.task_done()


async def pool():
    queue = asyncio.Queue()
    for d in [0.5, 0.1, 0.33, 0.2, 0.45, 0.07]:
        queue.put_nowait(d)
    log = []
    tasks = [asyncio.create_task(worker(f"w{i}", queue, log), name=f"worker-{i}") for i in range(3)]
    print(sorted(t.get_name() for t in tasks), len(asyncio.all_tasks()))
    await queue.join()
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results], all(t.cancelled() for t in tasks))
    print(log)


async def limited(sem, i, active, peak):
    async with sem:
        active.append(i)
        peak[0] = max(peak[0], len(active))
        await asyncio.sleep(0.1 * (i % 3 + 1))
        active.remove(i)
        return i * i


async def slow(n):
    await asyncio.sleep(n)
    return f"slow {n}"


async def handover():
    cond = asyncio.Condition()
    items = []

    async def consume():
        async with cond:
            await cond.wait_for(lambda: len(items) >= 2)
            return list(items)

    c = asyncio.create_task(consume())
    for x in "ab":
        await asyncio.sleep(0.1)
        async with cond:
            items.append(x)
            cond.notify_all()
    return await c


async def main():
    await pool()
    sem = asyncio.Semaphore(2)
    active, peak = [], [0]
    print(await asyncio.gather(*(limited(sem, i, active, peak) for i in range(6))), peak[0])
    inner = asyncio.create_task(slow(1))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.5)
    except asyncio.TimeoutError:
        print("timed out, inner cancelled:", inner.cancelled())
    print(await inner)
    print(await handover())
    me = asyncio.current_task()
    print(me.get_name().startswith("Task-"), me.done())
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("full", q.qsize(), q.full())
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty", q.empty())
    pq = asyncio.PriorityQueue()
    for p in [3, 1, 2]:
        await pq.put((p, f"job{p}"))
    print([(await pq.get())[1] for _ in range(3)])
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.2, order.append, "later")
    loop.call_soon(order.append, "soon")
    h = loop.call_later(0.1, order.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.3)
    print(order)


asyncio.run(main())
