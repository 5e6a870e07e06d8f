"""unittest.IsolatedAsyncioTestCase for closured: a TestCase whose test methods,
fixtures and cleanups may be coroutine functions, each test run on an event
loop of its own (asyncio's, on closured's virtual clock), closed after it."""

import asyncio
import contextvars
import inspect

from .case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    """setUp, asyncSetUp, the test, asyncTearDown, tearDown and the cleanups
    (async ones awaited, last added first) on one new event loop per test."""

    _loop = None

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        # the synchronous fixtures run in one context of their own
        self._context = contextvars.copy_context()

    async def asyncSetUp(self):
        "Prepares the fixture after setUp; awaited on the test's loop."

    async def asyncTearDown(self):
        "Releases the fixture before tearDown; awaited on the test's loop."

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Like addCleanup; a coroutine function's result is awaited."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters the asynchronous context manager cm and leaves it as a cleanup;
        what its __aenter__ gave."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not "
                            f"support the asynchronous context manager protocol") from None
        entered = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return entered

    def _await(self, awaitable):
        return self._loop.run_until_complete(awaitable)

    def _callAsync(self, func, /, *args, **kwargs):
        assert self._loop is not None, 'the test has no event loop'
        return self._await(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        assert self._loop is not None, 'the test has no event loop'
        if inspect.iscoroutinefunction(func):
            return self._callAsync(func, *args, **kwargs)
        outcome = self._context.run(func, *args, **kwargs)
        if inspect.isawaitable(outcome):
            return self._await(outcome)
        return outcome

    def _callSetUp(self):
        self._context.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        self._callMaybeAsync(method)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._context.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _open_loop(self):
        assert self._loop is None, 'the test already has an event loop'
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)

    def _close_loop(self):
        """Cancels what the test left running, then closes its loop."""
        loop, self._loop = self._loop, None
        try:
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            asyncio.set_event_loop(None)
            loop.close()

    def _on_own_loop(self, step, *args):
        """step(*args) with a new event loop open for the test, closed after."""
        self._open_loop()
        try:
            return step(*args)
        finally:
            if self._loop is not None:
                self._close_loop()

    def run(self, result=None):
        return self._on_own_loop(super().run, result)

    def debug(self):
        self._on_own_loop(super().debug)
