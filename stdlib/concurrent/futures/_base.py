"""concurrent.futures._base for closured: Future (a result that arrives later, with
callbacks), the Executor interface (submit, map, shutdown, with), wait and
as_completed. closured starts no threads or processes: ThreadPoolExecutor and
ProcessPoolExecutor can be made and shut down, and their submit() raises
threading's "can't start new thread"; a Future set by the program itself
works fully, and waiting on one nothing can complete raises RuntimeError
instead of hanging. The pools themselves are in .thread and .process."""

import collections as _collections

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


def _never_ends(what):
    # Nothing else runs while this program waits: no thread could finish it.
    raise RuntimeError('%s would wait forever: closured runs no other thread to '
                       'complete it' % what)


class Future:
    """The result of a call that may not have finished: pending, running,
    cancelled or finished with a result or an exception."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        if self._state == FINISHED:
            if self._exception is not None:
                return '<%s at %#x state=finished raised %s>' % (
                    type(self).__name__, id(self), type(self._exception).__name__)
            return '<%s at %#x state=finished returned %s>' % (
                type(self).__name__, id(self), type(self._result).__name__)
        state = CANCELLED if self._state == CANCELLED_AND_NOTIFIED else self._state
        return '<%s at %#x state=%s>' % (type(self).__name__, id(self), state.lower())

    def _run_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            try:
                fn(self)
            except Exception:
                import logging
                logging.getLogger('concurrent.futures').exception(
                    'exception calling callback for %r', self)

    def cancel(self):
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            return True
        self._state = CANCELLED
        self._run_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            _never_ends('Future.result()')

    def result(self, timeout=None):
        self._outcome()
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def exception(self, timeout=None):
        self._outcome()
        return self._exception

    def add_done_callback(self, fn):
        if not self.done():
            self._callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger('concurrent.futures').exception(
                'exception calling callback for %r', self)

    def set_running_or_notify_cancel(self):
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._run_callbacks()

    def set_exception(self, exception):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._run_callbacks()

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


class Executor:
    """Runs calls asynchronously: submit() gives a Future for each."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for future in futures:
                yield future.result()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources; this base class holds none."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)  # waits for the pending calls, then lets errors through
        return False


class _NoWorkers(Executor):
    def __init__(self, max_workers=None, *args, **kwargs):
        if max_workers is not None and max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        self._max_workers = max_workers
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        raise RuntimeError("can't start new thread")

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


DoneAndNotDoneFutures = _collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if f.done()}
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f.exception() is not None for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if not not_done:
        return DoneAndNotDoneFutures(done, not_done)
    if timeout is not None:
        return DoneAndNotDoneFutures(done, not_done)
    _never_ends('wait()')


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    pending = [f for f in fs if not f.done()]
    for f in fs:
        if f.done():
            yield f
    if pending:
        if timeout is not None:
            raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
        _never_ends('as_completed()')
