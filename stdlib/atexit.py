"""atexit for closured: functions to call when the program ends.

register() keeps (func, args, kwargs); when the program ends they run last
registered first: the runtime calls _run_exitfuncs before it runs the
finalizers of the objects still alive (`closured run` at exit; the daemon
when a workload's program ends, fails, or is restarted or deleted, in slices
like any code), and the finalizer of an object this module keeps alive calls
it too. An exception in one is reported on sys.stderr as "Exception ignored
in atexit callback" and the others still run."""

import sys

__all__ = ['register', 'unregister']

_callbacks = []


def register(func, *args, **kwargs):
    """Calls func(*args, **kwargs) at exit; returns func (so it works as a decorator)."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forgets every registration of func (compared with ==)."""
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Runs the callbacks, last registered first, and forgets them."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            print('Exception ignored in atexit callback: %r' % (func,), file=sys.stderr)
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)


class _AtExit:
    """Kept alive by this module until the program ends; its finalizer runs
    the registered functions."""

    def __del__(self):
        _run_exitfuncs()


_sentinel = _AtExit()
