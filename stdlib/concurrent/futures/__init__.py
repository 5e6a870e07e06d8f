"""concurrent.futures for closured: Future (a result that arrives later, with
callbacks), the Executor interface, wait and as_completed (in _base), and
the thread and process pool executors, which closured cannot run (no thread
or process starts: their submit() raises RuntimeError)."""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor', 'wait',
           'as_completed', 'ProcessPoolExecutor', 'ThreadPoolExecutor')
