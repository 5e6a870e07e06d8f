# Code written to be thread-safe runs on closured's single thread: locks,
# conditions, events, semaphores and thread-local data work as state; a
# Thread can be built and run() in place.
import threading
import _thread


class Account:
    def __init__(self):
        self._lock = threading.Lock()
        self.balance = 0

    def deposit(self, n):
        with self._lock:
            self.balance += n
            return self._lock.locked()


a = Account()
print(a.deposit(5), a.deposit(7), a.balance, a._lock.locked())
lock = threading.Lock()
print(lock.acquire(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
r = threading.RLock()
with r:
    with r:
        print("reentered")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
cond = threading.Condition()
with cond:
    print(cond.wait(timeout=0), cond.wait_for(lambda: "ready", timeout=0))
    cond.notify()
    cond.notify_all()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.wait(), ev.is_set())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)
data = threading.local()
data.user = "ann"
print(data.user, hasattr(data, "other"))


class Ctx(threading.local):
    def __init__(self, depth):
        self.depth = depth


print(Ctx(3).depth)
t = threading.current_thread()
print(t.name, t is threading.main_thread(), threading.active_count(), t.daemon)
print(threading.get_ident() == _thread.get_ident() == t.ident)
print(len(threading.enumerate()))
seen = []
w = threading.Thread(target=seen.append, args=("ran",), name="worker")
print(w.name, w.is_alive(), w.ident)
w.run()
print(seen)
try:
    w.join()
except RuntimeError as e:
    print("RuntimeError", e)
print(isinstance(threading.Lock(), _thread.LockType), threading.TIMEOUT_MAX > 1e6)
