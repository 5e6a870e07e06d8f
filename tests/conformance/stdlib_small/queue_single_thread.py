# queue's classes used the single-threaded way: work lists, priorities, bounded buffers and
# task accounting.
import queue

q = queue.Queue()
for job in ["parse", "check", "emit"]:
    q.put(job)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
while not q.empty():
    job = q.get()
    print("doing", job)
    q.task_done()
q.join()
print(q.unfinished_tasks)

pq = queue.PriorityQueue()
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put((prio, name))
print([pq.get_nowait() for _ in range(pq.qsize())])

stack = queue.LifoQueue(maxsize=2)
stack.put("a")
stack.put_nowait("b")
print(stack.full())
for attempt in (lambda: stack.put("c", block=False), lambda: stack.put("c", timeout=0.01),
                stack.put_nowait):
    try:
        attempt("c") if attempt is stack.put_nowait else attempt()
    except queue.Full as e:
        print("Full", repr(e))
print(stack.get(), stack.get())
for attempt in (stack.get_nowait, lambda: stack.get(timeout=0), lambda: stack.get(False)):
    try:
        attempt()
    except queue.Empty as e:
        print("Empty", repr(e), isinstance(e, Exception))
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
print(queue.Queue[int], issubclass(queue.PriorityQueue, queue.Queue), sorted(queue.__all__))
