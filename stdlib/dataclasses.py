"""dataclasses for closured: @dataclass generates __init__, __repr__, __eq__
(and with order=True the comparisons, with frozen=True read-only fields and
__hash__) from the class's annotated fields; field(), fields(), asdict(),
astuple(), replace(), is_dataclass()."""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class _FieldKind:
    """What a Field is to its class: a field proper, a ClassVar or an InitVar.
    One object per kind, compared by identity; libraries that read a class's
    fields (dacite) import these names, as CPython's module has them."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')
# the class attributes @dataclass writes, by the names CPython's module gives them
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class _DataclassParams:
    """The options @dataclass was given, as the class's __dataclass_params__
    (read by libraries: dacite asks .frozen)."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        shown = ','.join('%s=%r' % (k, getattr(self, k)) for k in self.__slots__)
        return '_DataclassParams(' + shown + ')'


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return 'dataclasses.InitVar[%s]' % getattr(self.type, '__name__', repr(self.type))


class Field:
    """One field of a dataclass: its name, type, default or default_factory,
    and whether it takes part in __init__, __repr__, comparisons and hash."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = self.type = None  # known once the class is processed
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        pass


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field: field(default_factory=list), field(repr=False), ..."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    return getattr(tp, '_name', None) == 'ClassVar' or repr(tp) == 'typing.ClassVar'


def _is_initvar(tp):
    return isinstance(tp, InitVar) or tp is InitVar


def _collect_fields(cls, kw_only):
    """The fields of cls: its dataclass bases' first (in MRO order), then its
    own annotations in order."""
    flds = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields:
            for f in base_fields.values():
                flds[f.name] = f
    ann = cls.__dict__.get('__annotations__', {})
    seen_kw_only = False
    for name, tp in ann.items():
        if tp is KW_ONLY or repr(tp) == 'KW_ONLY':
            seen_kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        if _is_classvar(tp):
            f._field_type = _FIELD_CLASSVAR
        elif _is_initvar(tp):
            f._field_type = _FIELD_INITVAR
        else:
            f._field_type = _FIELD
        if f.kw_only is MISSING:
            f.kw_only = kw_only or seen_kw_only
        if f._field_type == _FIELD and f.default is not MISSING and \
                type(f.default) in (list, dict, set):
            raise ValueError('mutable default %s for field %s is not allowed: use '
                             'default_factory' % (type(f.default), name))
        # the class attribute is the default (or nothing, for a field() without one)
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        flds[name] = f
    return flds


_HAS_DEFAULT_FACTORY = object()


def _make_init(cls, flds, frozen, has_post_init):
    """__init__ made from source text, so its signature and its argument
    errors are a real function's: Point.__init__() missing 1 required ..."""
    globs = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
             '__dataclass_builtins_object__': object}
    params = []
    kw_params = []
    body = []
    seen_default = None
    for f in flds:
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if f.init:
            if f.default is not MISSING:
                globs['__dflt_' + f.name] = f.default
                p = '%s=__dflt_%s' % (f.name, f.name)
            elif f.default_factory is not MISSING:
                p = '%s=_HAS_DEFAULT_FACTORY' % f.name
            else:
                p = f.name
                if seen_default and not f.kw_only:
                    raise TypeError("non-default argument '%s' follows default argument"
                                    % f.name)
            if f.default is not MISSING or f.default_factory is not MISSING:
                if not f.kw_only:
                    seen_default = f.name
            (kw_params if f.kw_only else params).append(p)
        if f._field_type == _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            globs['__factory_' + f.name] = f.default_factory
            if f.init:
                value = '__factory_%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (
                    f.name, f.name, f.name)
            else:
                value = '__factory_%s()' % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            globs['__dflt_' + f.name] = f.default
            value = '__dflt_' + f.name
        else:
            continue
        if frozen:
            body.append("__dataclass_builtins_object__.__setattr__(self, %r, %s)" % (f.name, value))
        else:
            body.append('self.%s = %s' % (f.name, value))
    if has_post_init:
        initvars = [f.name for f in flds if f._field_type == _FIELD_INITVAR]
        body.append('self.__post_init__(%s)' % ', '.join(initvars))
    if not body:
        body = ['pass']
    sig = ['self'] + params
    if kw_params:
        sig += ['*'] + kw_params
    src = 'def __init__(%s):\n    %s\n' % (', '.join(sig), '\n    '.join(body))
    ns = {}
    exec(src, globs, ns)
    fn = ns['__init__']
    fn.__qualname__ = cls.__qualname__ + '.__init__'
    return fn


def _annotation_text(tp):
    """An annotation as inspect.signature prints it."""
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return '%s.%s' % (tp.__module__, tp.__qualname__)
    if isinstance(tp, str):
        return repr(tp)
    return repr(tp).replace('typing.', '')


def _signature_text(flds):
    """The text of __init__'s signature, for the generated __doc__."""
    parts = []
    star = False
    for f in flds:
        if not f.init or f._field_type == _FIELD_CLASSVAR:
            continue
        if f.kw_only and not star:
            parts.append('*')
            star = True
        text = '%s: %s' % (f.name, _annotation_text(f.type))
        if f.default is not MISSING:
            text += ' = %r' % (f.default,)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        parts.append(text)
    return '(%s)' % ', '.join(parts)


def _set_new(cls, name, fn):
    if name in cls.__dict__:
        return False
    fn.__qualname__ = cls.__qualname__ + '.' + name
    setattr(cls, name, fn)
    return True


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    flds = [f for f in all_fields.values()]
    real = [f for f in flds if f._field_type == _FIELD]
    # a frozen dataclass may not derive from a mutable one, nor the reverse
    for base in cls.__mro__[1:]:
        params = base.__dict__.get('__dataclass_params__')
        if params is not None and params.frozen != frozen:
            if frozen:
                raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        cls.__init__ = _make_init(cls, flds, frozen, has_post_init)

    if repr:
        repr_fields = [f.name for f in real if f.repr]

        running = set()

        def __repr__(self):
            # an instance that reaches itself prints '...' there, as CPython's does
            key = id(self)
            if key in running:
                return '...'
            running.add(key)
            try:
                return '%s(%s)' % (self.__class__.__qualname__,
                                   ', '.join('%s=%r' % (n, getattr(self, n)) for n in repr_fields))
            finally:
                running.discard(key)
        _set_new(cls, '__repr__', __repr__)

    cmp_fields = [f.name for f in real if f.compare]

    def astuple_(self):
        return tuple(getattr(self, n) for n in cmp_fields)

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astuple_(self) == astuple_(other)
            return NotImplemented
        _set_new(cls, '__eq__', __eq__)

    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')

        def _cmp(op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(astuple_(self), astuple_(other))
                return NotImplemented
            return method
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if not _set_new(cls, name, _cmp(op)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        field_names = set(all_fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError("cannot assign to field '%s'" % name)
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError("cannot delete field '%s'" % name)
            object.__delattr__(self, name)
        _set_new(cls, '__setattr__', __setattr__)
        _set_new(cls, '__delattr__', __delattr__)

    hash_fields = [f.name for f in real if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in hash_fields))
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash:
        if has_own_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_own_hash:
            cls.__hash__ = __hash__
    elif eq and not has_own_hash:
        cls.__hash__ = None

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds if f.init and not f.kw_only
                                   and f._field_type == _FIELD)
    if '__doc__' not in cls.__dict__ or cls.__doc__ is None:
        cls.__doc__ = cls.__name__ + _signature_text(flds)
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    """@dataclass or @dataclass(order=True, frozen=True, ...)."""
    def wrap(c):
        c = _process(c, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        if slots:
            c = _add_slots(c)
        return c
    if cls is None:
        return wrap
    return wrap(cls)


def _slots_of(cls):
    slots = cls.__dict__.get('__slots__', ())
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _add_slots(cls):
    # The class again, made with __slots__ for its fields (those no base has a slot for)
    # and without their class-level defaults, which would shadow the slots.
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    ns['__slots__'] = tuple(n for n in names if n not in inherited)
    for name in names:
        ns.pop(name, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new.__qualname__ = qualname
    return new


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    """The Field objects of a dataclass (or instance), in order, as a tuple."""
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type == _FIELD)


def _as(obj, factory, as_dict):
    if is_dataclass(obj) and not isinstance(obj, type):
        if as_dict:
            return factory([(f.name, _as(getattr(obj, f.name), factory, True))
                            for f in fields(obj)])
        return factory([_as(getattr(obj, f.name), factory, False) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_as(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_as(k, factory, as_dict), _as(v, factory, as_dict))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into fields
    that are dataclasses, lists, tuples and dicts."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _as(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple (recursively)."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return _as(obj, tuple_factory, False)


def replace(obj, **changes):
    """A new instance like obj with some fields changed."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """dataclass(type(cls_name, bases, ns)) for fields given as names or
    (name, type[, Field]) tuples."""
    ns = dict(namespace or {})
    ann = {}
    for item in fields:
        if isinstance(item, str):
            ann[item] = 'typing.Any'
        elif len(item) == 2:
            ann[item[0]] = item[1]
        else:
            ann[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = ann
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
