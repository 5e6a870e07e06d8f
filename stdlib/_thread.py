"""_thread for closured: a program runs on one thread, which it cannot leave,
so this is the thread module's vocabulary without thread creation. Locks work
as state (acquire, release, locked, with); waiting on a lock nothing else can
release returns False at once when a timeout or blocking=False says it may,
and otherwise raises RuntimeError instead of waiting forever.
start_new_thread raises RuntimeError("can't start new thread")."""

TIMEOUT_MAX = 9223372036.0
error = RuntimeError
_MAIN_IDENT = 1


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    return _MAIN_IDENT


def _check_wait(blocking, timeout):
    """Whether a wait may give up (True) or would last forever (raises)."""
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return True
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")
    if timeout != -1:
        if timeout > TIMEOUT_MAX:
            raise OverflowError("timeout value is too large")
        return True
    raise RuntimeError("deadlock: waiting for a lock that no other thread can release "
                       "(closured runs one thread)")


class LockType:
    """A non-reentrant lock."""

    __slots__ = ('_locked',)

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        _check_wait(blocking, timeout)
        return False

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return '<%s %s object at %#x>' % (state, '_thread.lock', id(self))


lock = LockType


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: the owning thread (the only one) may take it again."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def _recursion_count(self):
        return self._count

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, _MAIN_IDENT)
        self._count = 0
        return state

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s %s object owner=%d count=%d at %#x>' % (
            'locked' if self._count else 'unlocked', '_thread.RLock',
            _MAIN_IDENT if self._count else 0, self._count, id(self))


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


exit_thread = exit


def stack_size(size=0):
    if size:
        raise ValueError("setting the stack size is not supported")
    return 0


def _count():
    return 0


class _local:
    """Thread-local data: with one thread, an ordinary attribute holder
    (a subclass's __init__ runs once, as for the first thread)."""

    def __repr__(self):
        return '<%s.%s object at %#x>' % (type(self).__module__, type(self).__qualname__,
                                          id(self))
