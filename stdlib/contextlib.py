"""contextlib for closured: context managers from generators, and a few ready-made ones."""

__all__ = ['contextmanager', 'suppress', 'closing', 'nullcontext', 'ExitStack',
           'ContextDecorator', 'AbstractContextManager', 'redirect_stdout', 'redirect_stderr',
           'asynccontextmanager', 'AbstractAsyncContextManager', 'AsyncExitStack', 'aclosing',
           'AsyncContextDecorator']


def _wrapper_of(wrapper, func, default):
    """wrapper with func's name, qualified name and doc, and __wrapped__ (what
    the decorators here return)."""
    wrapper.__name__ = getattr(func, '__name__', default)
    wrapper.__qualname__ = getattr(func, '__qualname__', default)
    wrapper.__doc__ = getattr(func, '__doc__', None)
    wrapper.__wrapped__ = func
    return wrapper


def _thrown_out(exc, value, finished):
    """What a context manager's __exit__ (or __aexit__) says once throwing
    value into its generator raised exc: True, suppressed, when the generator
    caught value and finished (exc an instance of finished that is not value
    itself); False when value came back out (itself, or the RuntimeError that
    PEP 479 makes of a StopIteration or StopAsyncIteration thrown in); None
    when exc is another exception, which __exit__ re-raises."""
    if isinstance(exc, finished):
        return exc is not value
    if exc is value:
        return False
    if (isinstance(exc, RuntimeError) and isinstance(value, (StopIteration, StopAsyncIteration))
            and exc.__cause__ is value):
        return False
    return None


class AbstractContextManager:
    """A base whose __enter__ returns self; subclasses define __exit__."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager usable as a decorator: the call runs inside `with self`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _wrapper_of(inner, func, 'inner')


class _GeneratorCMBase:
    """What the context managers of @contextmanager and @asynccontextmanager
    share: the generator made from the call, and how a decorator makes a
    fresh one for each call it wraps."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        self.__doc__ = getattr(func, '__doc__', None)

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorCMBase, ContextDecorator):
    """The context manager of a @contextmanager generator: __enter__ runs it
    to its yield, __exit__ resumes it (or throws the exception in)."""

    def __enter__(self):
        # the arguments that could remake the generator go once it has started
        del self.args, self.kwds, self.func
        try:
            first = next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
        return first

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # no exception: the generator's next step must be its end
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except BaseException as exc:
            suppressed = _thrown_out(exc, value, StopIteration)
            if suppressed is None:
                raise
            return suppressed
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager turns a generator function yielding once into a
    context manager factory: the code before the yield is __enter__, the
    yielded value is `as`'s target, the code after is __exit__."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _wrapper_of(helper, func, 'helper')


class suppress(AbstractContextManager):
    """with suppress(KeyError): ... ignores those exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class closing(AbstractContextManager):
    """with closing(thing) as t: ... calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing  # what the block gets, closed however the block ends

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        import sys
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        import sys
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """with redirect_stdout(f): ... print() writes to f (any object with write)."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """with redirect_stderr(f): ... sys.stderr is f."""

    _stream = "stderr"


class nullcontext(AbstractContextManager):
    """A context manager that does nothing (with or async with); `as` gets
    enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _Unwinding:
    """An exception carried through an exit stack's callbacks, newest first,
    for ExitStack.__exit__ and AsyncExitStack.__aexit__: exc_details is what
    the next callback gets; a callback returning true suppresses it, one
    raising replaces it (chained to what it replaced) and is what the stack
    raises in the end unless a later callback suppresses it."""

    def __init__(self, exc_details):
        self.received = exc_details[0] is not None
        self.exc_details = exc_details
        self.suppressed = False
        self.pending = None

    def returned(self, result):
        if result:
            self.suppressed = True
            self.pending = None
            self.exc_details = (None, None, None)

    def raised(self, new_exc):
        if self.exc_details[1] is not None and new_exc is not self.exc_details[1]:
            new_exc.__context__ = self.exc_details[1]
        self.pending = new_exc
        self.exc_details = (type(new_exc), new_exc, None)


class ExitStack(AbstractContextManager):
    """Calls the registered exit callbacks in reverse order at the end of the
    with block (enter_context, callback, push, pop_all, close)."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(lambda *exc: exit_method(exit, *exc))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s' object does not support the context manager protocol"
                            % cls.__name__) from None
        result = enter(cm)
        self._exit_callbacks.append(lambda *exc: exit(cm, *exc))
        return result

    def callback(self, callback, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                state.returned(cb(*state.exc_details))
            except BaseException as new_exc:
                state.raised(new_exc)
        if state.pending is not None:
            raise state.pending
        return state.received and state.suppressed


# ---- asynchronous context managers ------------------------------------------------


class AbstractAsyncContextManager:
    """A base whose __aenter__ returns self; subclasses define __aexit__."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class AsyncContextDecorator:
    """An async context manager usable as a decorator of coroutine functions:
    the call runs inside `async with self`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _wrapper_of(inner, func, 'inner')


class _AsyncGeneratorContextManager(_GeneratorCMBase, AsyncContextDecorator):
    """The context manager of an @asynccontextmanager async generator:
    __aenter__ runs it to its yield, __aexit__ resumes it (or throws the
    exception in), as _GeneratorContextManager does for generators."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            first = await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
        return first

    async def __aexit__(self, typ, value, traceback):
        if typ is None:  # the block ended normally: the generator must end as well
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except BaseException as exc:
            suppressed = _thrown_out(exc, value, StopAsyncIteration)
            if suppressed is None:
                raise
            return suppressed
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """@asynccontextmanager turns an async generator function yielding once
    into an async context manager factory (async with)."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _wrapper_of(helper, func, 'helper')


class aclosing(AbstractAsyncContextManager):
    """async with aclosing(agen) as g: ... awaits agen.aclose() at the end."""

    def __init__(self, thing):
        self.thing = thing  # what the block gets, closed however the block ends

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class AsyncExitStack(ExitStack):
    """ExitStack for async with: also takes async context managers
    (enter_async_context) and coroutine callbacks (push_async_callback,
    push_async_exit); aclose() and __aexit__ await them in reverse order."""

    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s' object does not support the asynchronous context manager "
                            "protocol" % cls.__name__) from None
        result = await enter(cm)
        self._push_async(lambda *exc: exit(cm, *exc))
        return result

    def push_async_exit(self, exit):
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._push_async(exit)
        else:
            self._push_async(lambda *exc: exit_method(exit, *exc))
        return exit

    def push_async_callback(self, callback, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_async(_exit_wrapper)
        return callback

    def _push_async(self, cb):
        self._exit_callbacks.append((True, cb))

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            is_async = type(cb) is tuple
            if is_async:
                cb = cb[1]
            try:
                result = cb(*state.exc_details)
                if is_async:
                    result = await result
                state.returned(result)
            except BaseException as new_exc:
                state.raised(new_exc)
        if state.pending is not None:
            raise state.pending
        return state.received and state.suppressed
