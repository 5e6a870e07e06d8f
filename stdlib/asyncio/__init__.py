"""asyncio for closured: an event loop for coroutines, in one module.

The loop runs tasks (coroutines wrapped in futures) and callbacks in order;
futures, tasks, sleep, gather, wait_for, wait, as_completed, shield, Queue,
Event, Lock, Semaphore and Condition behave as CPython's do for programs
that only compute. There is no I/O: no sockets, streams, subprocesses or
threads. The loop's clock is virtual: when nothing is ready to run, it moves
straight to the next timer instead of waiting, so `await asyncio.sleep(5)`
takes no wall time (loop.time() still advances by 5) and a program prints
what it prints under CPython, only sooner.
"""

import heapq as _heapq
import sys as _sys
import time as _time
from collections import deque as _deque
from weakref import WeakSet as _WeakSet

__all__ = [
    'run', 'sleep', 'gather', 'wait_for', 'wait', 'as_completed', 'shield', 'create_task',
    'ensure_future', 'current_task', 'all_tasks', 'get_event_loop', 'get_running_loop',
    'new_event_loop', 'set_event_loop', 'iscoroutine', 'iscoroutinefunction', 'Future', 'Task',
    'AbstractEventLoop', 'Queue', 'LifoQueue', 'PriorityQueue', 'QueueEmpty', 'QueueFull',
    'Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'CancelledError',
    'InvalidStateError', 'TimeoutError', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'Handle', 'TimerHandle', 'isfuture',
]

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The future is not in the state the call needs."""


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' or hasattr(obj, 'cr_code')


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def isfuture(obj):
    return isinstance(obj, Future)


# ---- handles and the loop ---------------------------------------------------------------


class Handle:
    """A callback the loop will call once (call_soon); cancel() drops it."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback %r' % (self._callback,),
                'exception': exc, 'handle': self})


class TimerHandle(Handle):
    """A callback due at a time of the loop's clock (call_later, call_at)."""

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class AbstractEventLoop:
    pass


_running_loop = [None]
_current_tasks = {}
_task_counter = [0]


class _Loop(AbstractEventLoop):
    """The loop: a queue of ready callbacks and a heap of timers."""

    def __init__(self):
        self._ready = _deque()
        self._timers = []
        self._seq = 0
        self._start = _time.monotonic()
        self._offset = 0.0
        self._closed = False
        self._running = False
        self._stopping = False
        self._tasks = []
        self._exception_handler = None
        # the asynchronous generators first iterated while this loop ran
        # (sys.set_asyncgen_hooks): closed by shutdown_asyncgens
        self._asyncgens = _WeakSet()
        self._asyncgens_shutdown_called = False

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        # an unfinished async generator being freed: its aclose() runs as a task
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    def time(self):
        return self._start + self._offset

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._timers = []

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(when, callback, args, self)
        self._seq += 1
        _heapq.heappush(self._timers, (when, self._seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        msg = context.get('message', 'Unhandled exception in event loop')
        exc = context.get('exception')
        print(msg, file=_sys.stderr)
        if exc is not None:
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=_sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is not None:
            self._exception_handler(self, context)
        else:
            self.default_exception_handler(context)

    def _run_once(self):
        if not self._ready and self._timers:
            when = self._timers[0][0]
            # nothing is ready: the clock moves to the next timer at once
            if when > self.time():
                self._offset = when - self._start
        now = self.time()
        while self._timers and self._timers[0][0] <= now:
            h = _heapq.heappop(self._timers)[2]
            if not h._cancelled:
                self._ready.append(h)
        for _ in range(len(self._ready)):
            h = self._ready.popleft()
            if not h._cancelled:
                h._run()

    def run_forever(self):
        self._check_closed()
        if self._running or _running_loop[0] is not None:
            raise RuntimeError('This event loop is already running')
        self._running = True
        previous = _running_loop[0]
        _running_loop[0] = self
        old_hooks = _sys.get_asyncgen_hooks()
        _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                finalizer=self._asyncgen_finalizer_hook)
        try:
            while not self._stopping:
                if not self._ready and not self._timers:
                    raise RuntimeError('Event loop stopped before Future completed.')
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
            _running_loop[0] = previous
            _sys.set_asyncgen_hooks(*old_hooks)

    def stop(self):
        self._stopping = True

    def run_until_complete(self, future):
        self._check_closed()
        fut = ensure_future(future, loop=self)
        fut.add_done_callback(lambda f: self.stop())
        try:
            self.run_forever()
        except RuntimeError:
            if not fut.done():
                raise RuntimeError('Event loop stopped before Future completed.')
            raise
        return fut.result()

    async def shutdown_asyncgens(self):
        """Closes the asynchronous generators still open (their aclose(),
        gathered); an error closing one goes to the exception handler."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of asynchronous generator %r'
                               % (agen,),
                    'exception': result,
                    'asyncgen': agen,
                })


def new_event_loop():
    return _Loop()


_default_loop = [None]


def set_event_loop(loop):
    _default_loop[0] = loop


def get_running_loop():
    loop = _running_loop[0]
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    loop = _running_loop[0]
    if loop is not None:
        return loop
    if _default_loop[0] is None or _default_loop[0].is_closed():
        _default_loop[0] = _Loop()
    return _default_loop[0]


# ---- futures and tasks --------------------------------------------------------------------

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    """A result that will exist later: awaiting it waits until it is set."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state += ' exception=%r' % (self._exception,)
            else:
                state += ' result=%r' % (self._result,)
        return '<%s %s>' % (type(self).__name__, state)

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _cancelled_error(self):
        return CancelledError() if self._cancel_message is None \
            else CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError('await wasn\'t used with future')
        return self.result()

    __iter__ = __await__


class Task(Future):
    """A coroutine run by the loop, step by step, as a Future of its result."""

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro) and not hasattr(coro, 'send'):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        _task_counter[0] += 1
        self._name = str(name) if name is not None else 'Task-%d' % _task_counter[0]
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def __repr__(self):
        state = self._state.lower()
        name = getattr(self._coro, '__qualname__', '?')
        extra = ''
        if self._state == _FINISHED:
            extra = ' exception=%r' % (self._exception,) if self._exception is not None \
                else ' result=%r' % (self._result,)
        return '<Task %s name=%r coro=<%s()>%s>' % (state, self._name, name, extra)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        previous = _current_tasks.get(self._loop)
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            super().cancel(msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            super().set_exception(e)
            raise
        except BaseException as e:
            super().set_exception(e)
        else:
            if isinstance(result, Future):
                if result is self:
                    self._loop.call_soon(self._step, RuntimeError(
                        'Task cannot await on itself: %r' % (self,)))
                else:
                    result._asyncio_future_blocking = False
                    self._fut_waiter = result
                    result.add_done_callback(self._wakeup)
                    if self._must_cancel and result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            elif result is None:
                # a bare yield (sleep(0)): let the others run first
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError(
                    'Task got bad yield: %r' % (result,)))
        finally:
            if previous is None:
                _current_tasks.pop(self._loop, None)
            else:
                _current_tasks[self._loop] = previous

    def _wakeup(self, fut):
        try:
            fut.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, '__await__'):
        return loop.create_task(_wrap_awaitable(obj))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(aw):
    return await aw


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


# ---- running, sleeping, combining --------------------------------------------------------


def run(main, *, debug=None):
    """Runs coroutine main in a new loop and returns its result; tasks still
    pending at the end are cancelled first."""
    if _running_loop[0] is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        try:
            pending = [t for t in loop._tasks if not t.done()]
            for t in pending:
                t.cancel()
            if pending:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            set_event_loop(None)
            loop.close()


class _Yield:
    """Awaiting it gives up the turn once (sleep(0))."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    h = loop.call_later(delay, _set_if_pending, fut, result)
    try:
        return await fut
    finally:
        h.cancel()


def _set_if_pending(fut, result):
    if not fut.done():
        fut.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, loop):
        super().__init__(loop=loop)
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        # Every child is asked; cancelled if any of them takes it.
        taken = [child.cancel(msg=msg) for child in self._children]
        return any(taken)


def gather(*aws, return_exceptions=False):
    """A future of the results of aws, in their order."""
    loop = _running_loop[0] or get_event_loop()
    if not aws:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    seen = {}
    for aw in aws:
        if id(aw) in seen:
            fut = seen[id(aw)]
        else:
            fut = ensure_future(aw, loop=loop)
            seen[id(aw)] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop)
    left = [len(set(map(id, children)))]

    def child_done(fut):
        left[0] -= 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()  # retrieved: no warning
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if left[0] == 0:
            results = []
            for f in children:
                if f.cancelled():
                    results.append(f._cancelled_error())
                else:
                    exc = f.exception()
                    results.append(exc if exc is not None else f.result())
            outer.set_result(results)

    done_ids = set()
    for fut in children:
        if id(fut) not in done_ids:
            done_ids.add(id(fut))
            fut.add_done_callback(child_done)
    return outer


async def wait_for(aw, timeout):
    """aw's result, or TimeoutError (aw cancelled) when it takes longer than
    timeout seconds of the loop's clock."""
    loop = get_running_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout is None:
        return await fut
    if timeout <= 0 and not fut.done():
        fut.cancel()
        raise TimeoutError()
    waiter = loop.create_future()
    h = loop.call_later(timeout, _set_if_pending, waiter, False)
    fut.add_done_callback(lambda f: _set_if_pending(waiter, True))
    try:
        try:
            finished = await waiter
        except CancelledError:
            fut.cancel()
            raise
        if finished:
            return fut.result()
        fut.cancel()
        try:
            await _wait_done(fut)
        except CancelledError:
            pass
        if fut.done() and not fut.cancelled():
            return fut.result()
        raise TimeoutError()
    finally:
        h.cancel()


async def _wait_done(fut):
    if not fut.done():
        waiter = fut._loop.create_future()
        fut.add_done_callback(lambda f: _set_if_pending(waiter, None))
        await waiter


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """(done, pending): the sets of futures done and not yet done when the
    condition return_when holds or timeout passed."""
    if isinstance(fs, Future) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    fs = set(fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            _set_if_pending(waiter, None)

    for f in fs:
        f.add_done_callback(on_done)
    h = loop.call_later(timeout, _set_if_pending, waiter, None) if timeout is not None else None
    try:
        if not (return_when == ALL_COMPLETED and all(f.done() for f in fs)) and \
                not (return_when != ALL_COMPLETED and any(f.done() for f in fs)):
            await waiter
    finally:
        if h is not None:
            h.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Coroutines giving the results of fs in the order they finish."""
    loop = _running_loop[0] or get_event_loop()
    futures = [ensure_future(f, loop=loop) for f in set(fs)]
    finished = _deque()
    waiters = _deque()

    def on_done(f):
        if waiters:
            _set_if_pending(waiters.popleft(), f)
        else:
            finished.append(f)

    for f in futures:
        f.add_done_callback(on_done)

    async def next_done():
        if finished:
            f = finished.popleft()
        else:
            w = loop.create_future()
            waiters.append(w)
            f = await w
        return f.result()

    return [next_done() for _ in futures]


def shield(aw):
    """A future of aw's result that cancelling does not pass on to aw."""
    inner = ensure_future(aw)
    if inner.done():
        return inner
    outer = inner._loop.create_future()

    def copy(f):
        if outer.done():
            return
        if f.cancelled():
            outer.cancel()
        elif f.exception() is not None:
            outer.set_exception(f.exception())
        else:
            outer.set_result(f.result())

    inner.add_done_callback(copy)
    return outer


# ---- synchronisation and queues -------------------------------------------------------------


def _new_waiter(waiters):
    """A future of the running loop, queued on waiters (a deque) for a
    release, notify or put to complete."""
    fut = get_running_loop().create_future()
    waiters.append(fut)
    return fut


def _wake_first(waiters, value):
    """Completes the first still-pending future of waiters with value
    (those already done, cancelled ones, are dropped on the way): whether
    one was woken."""
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(value)
            return True
    return False


class Event:
    def __init__(self):
        self._value = False
        self._waiters = _deque()

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            while self._waiters:
                _set_if_pending(self._waiters.popleft(), True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        await _new_waiter(self._waiters)
        return True


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = _deque()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        fut = _new_waiter(self._waiters)
        try:
            await fut
        except CancelledError:
            if fut in self._waiters:
                self._waiters.remove(fut)
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        _wake_first(self._waiters, True)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = _deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            await _new_waiter(self._waiters)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        _wake_first(self._waiters, True)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:  # every acquire has been released
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self._waiters = _deque()
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    async def __aenter__(self):
        await self._lock.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self._lock.release()

    async def wait(self):
        if not self._lock.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self._lock.release()
        fut = _new_waiter(self._waiters)
        try:
            await fut
            return True
        finally:
            await self._lock.acquire()

    async def wait_for(self, predicate):
        # Asked first, then again after each wake-up; its true answer is returned.
        while True:
            result = predicate()
            if result:
                return result
            await self.wait()

    def notify(self, n=1):
        if not self._lock.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        while n > 0 and _wake_first(self._waiters, False):
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() on a full queue."""


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()
        self._init()

    def _init(self):
        self._queue = _deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def __repr__(self):
        return '<%s maxsize=%r qsize=%r>' % (type(self).__name__, self._maxsize, self.qsize())

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def put(self, item):
        while self.full():
            await _new_waiter(self._putters)
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        _wake_first(self._getters, None)

    async def get(self):
        while self.empty():
            await _new_waiter(self._getters)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putters, None)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _init(self):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
