"""contextvars for closured: ContextVar, Token, Context and copy_context.

A program has one thread and no asyncio, so there is one current Context
(a mapping of ContextVar to value) until Context.run() enters another one
for the length of a call; copy_context() snapshots the current one."""

__all__ = ['Context', 'ContextVar', 'Token', 'copy_context']


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class Context:
    """An immutable-looking mapping of ContextVar to value; run() makes it
    current for one call, so the sets done inside stay in it."""

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        self._entered = True
        self._prev = _state[0]
        _state[0] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state[0] = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_state = [Context()]


def copy_context():
    """A copy of the current context."""
    return _state[0].copy()


class Token:
    """What ContextVar.set returns: reset(token) restores the value before that set."""

    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class ContextVar:
    """A variable whose value belongs to the current Context."""

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context, else the given default, else the
        variable's default, else LookupError."""
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        data = _state[0]._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _state[0]
        old = ctx._data.get(self, _MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        if token._context is not _state[0]:
            raise ValueError('%r was created in a different Context' % (token,))
        if token._old_value is _MISSING:
            _state[0]._data.pop(self, None)
        else:
            _state[0]._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        default = '' if self._default is _MISSING else ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self._name, default, id(self))

    def __hash__(self):
        return id(self) >> 4

    @classmethod
    def __class_getitem__(cls, item):
        return cls
