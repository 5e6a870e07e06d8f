# A scheduler of its own driving coroutines with send(): tasks that sleep
# for a number of ticks, fail, spawn children and read their results.
from collections import deque
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self
        return self.ticks

class Task:
    _next_id = 0
    def __init__(self, coro, name=None):
        Task._next_id += 1
        self.id = Task._next_id
        self.coro = coro
        self.name = name or f"task-{self.id}"
        self.result = None
        self.done = False
        self.wake_at = 0
    def __repr__(self):
        return f"<Task {self.name} done={self.done}>"

class Loop:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.now = 0
    def spawn(self, coro, name=None):
        t = Task(coro, name)
        self.ready.append(t)
        return t
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda t: t.wake_at)
                t = self.sleeping.pop(0)
                self.now = t.wake_at
                self.ready.append(t)
            t = self.ready.popleft()
            try:
                req = t.coro.send(None)
            except StopIteration as e:
                t.result = e.value
                t.done = True
                print(f"[{self.now}] {t.name} finished -> {e.value!r}")
                continue
            except Exception as e:
                t.done = True
                print(f"[{self.now}] {t.name} failed: {type(e).__name__}: {e}")
                continue
            if isinstance(req, Sleep):
                t.wake_at = self.now + req.ticks
                self.sleeping.append(t)
            else:
                self.ready.append(t)

async def worker(name, n, delay):
    total = 0
    for i in range(n):
        print(f"{name} step {i}")
        total += await Sleep(delay)
    return total

async def failing():
    await Sleep(1)
    raise RuntimeError("boom")

async def parent(loop):
    child = loop.spawn(worker("child", 2, 1), "child")
    r = await Sleep(5)
    return (r, child.done, child.result)

loop = Loop()
loop.spawn(worker("a", 3, 2), "A")
loop.spawn(worker("b", 2, 3), "B")
loop.spawn(failing(), "F")
loop.spawn(parent(loop), "P")
loop.run()
c = worker("z", 1, 1)
print(type(c).__name__)
c.close()
import types
@types.coroutine
def legacy():
    x = yield Sleep(1)
    return x
async def uses_legacy():
    return await legacy()
co = uses_legacy()
print(type(co.send(None)).__name__)
try:
    co.send(42)
except StopIteration as e:
    print("result", e.value)
