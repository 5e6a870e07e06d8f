# concurrent.futures: a Future completed by the program itself (callbacks, results,
# exceptions, cancellation, invalid states), wait and as_completed over finished futures,
# and an executor used as a context manager without submitting work.
from concurrent.futures import Future, ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED, CancelledError, InvalidStateError
import concurrent.futures as cf
f = Future()
log = []
f.add_done_callback(lambda fut: log.append(('cb', fut.result())))
print(f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(f.result(), f.exception(), f.done(), log)
try:
    f.set_result(1)
except InvalidStateError as e:
    print(type(e).__name__)
g = Future(); g.set_exception(ValueError('bad'))
try:
    g.result()
except ValueError as e:
    print('raised', e)
print(repr(g.exception()))
h = Future(); print(h.cancel(), h.cancelled(), h.done())
try:
    h.result()
except CancelledError:
    print('cancelled')
print(sorted(x.result() for x in as_completed([f])))
done, not_done = wait([f, g], return_when=FIRST_COMPLETED)
print(len(done), len(not_done))
with ThreadPoolExecutor(max_workers=2) as ex:
    pass
print(cf.ALL_COMPLETED, issubclass(cf.TimeoutError, OSError), cf.TimeoutError is TimeoutError)
print(Future[int])
