"""typing for closured: enough that annotated code imports and runs.

The special forms and generic aliases here are plain objects that accept
subscription and print as CPython's do; they check nothing (closured, like
CPython, does not enforce annotations)."""

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'Annotated',
           'ByteString', 'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator',
           'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence',
           'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Reversible', 'Collection',
           'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
           'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'AnyStr', 'cast', 'final',
           'get_args', 'get_origin', 'get_type_hints', 'NewType', 'no_type_check',
           'no_type_check_decorator',
           'NoReturn', 'Never', 'overload', 'runtime_checkable', 'Text', 'TYPE_CHECKING',
           'Self', 'TypeAlias', 'ChainMap', 'SupportsInt', 'SupportsFloat', 'SupportsAbs',
           'SupportsIndex', 'SupportsRound', 'assert_never', 'reveal_type', 'ParamSpec', 'TypeVarTuple', 'ParamSpecArgs', 'ParamSpecKwargs',
           'Concatenate', 'TypeGuard', 'LiteralString', 'Required', 'NotRequired', 'Unpack',
           'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'ContextManager', 'Pattern', 'Match', 'IO', 'TextIO', 'BinaryIO', 'ForwardRef']

import sys as _sys
import types as _types

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    """How CPython's typing shows a type argument."""
    if obj is ...:
        return '...'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if type(obj).__name__ == 'function':
        return obj.__name__
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


def _tuple_args(params):
    return params if isinstance(params, tuple) else (params,)


def _convert(arg):
    """A type argument as typing keeps it: None as NoneType, a string as a
    ForwardRef."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _forward_namespaces(globalns, localns, module):
    """The (globals, locals) pair a forward reference is evaluated in. A missing one
    stands for the other (both missing: one fresh dict); a reference made with a
    module name looks globals up in that module when it is loaded."""
    if globalns is None:
        globalns = {} if localns is None else localns
    if localns is None:
        localns = globalns
    if module is not None:
        import sys
        loaded = sys.modules.get(module)
        globalns = getattr(loaded, '__dict__', globalns)
    return globalns, localns


class ForwardRef:
    """A type named by a string ('Node' in List['Node']), evaluated later
    (get_type_hints) in the namespace of the code that used it."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            compiled = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        # In slot order: the text, its code, not yet evaluated, no value, then the flags.
        state = (arg, compiled, False, None, is_argument, is_class, module)
        for slot, value in zip(ForwardRef.__slots__, state):
            setattr(self, slot, value)

    def _evaluate(self, globalns, localns, recursive_guard):
        name = self.__forward_arg__
        if name in recursive_guard:
            return self
        # A value found once is kept, unless the caller brings separate locals.
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        globalns, localns = _forward_namespaces(globalns, localns, self.__forward_module__)
        found = _type_check(eval(self.__forward_code__, globalns, localns),
                            'Forward references must evaluate to types.',
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(found, globalns, localns,
                                            recursive_guard | {name})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __repr__(self):
        shown = repr(self.__forward_arg__)
        if self.__forward_module__ is not None:
            shown += f', module={self.__forward_module__!r}'
        return f'ForwardRef({shown})'

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __eq__(self, other):
        # Same text, then: both evaluated compare values, otherwise modules.
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _type_convert(arg, module=None, *, allow_special_forms=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """arg as a type argument (None as NoneType, a string as a ForwardRef);
    TypeError for what cannot be one (a bare special form, a tuple)."""
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    invalid = [Generic, Protocol]
    if not allow_special_forms:
        invalid.append(ClassVar)
        if is_argument:
            invalid.append(Final)
    if isinstance(arg, _Alias) and any(arg._form is f or arg.__origin__ is f for f in invalid):
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _Form) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with every ForwardRef in it evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_Alias, _types.GenericAlias, _types.UnionType)):
        args = t.__args__
        new = tuple(_eval_type(a, globalns, localns, recursive_guard)
                    if not isinstance(a, list) else
                    [_eval_type(x, globalns, localns, recursive_guard) for x in a]
                    for a in args)
        if new == args:
            return t
        if isinstance(t, _Alias):
            return _same_kind(t)(t.__origin__, new, t._name, t._form)
        if isinstance(t, _types.GenericAlias):
            return _types.GenericAlias(t.__origin__, new)
        result = new[0]
        for a in new[1:]:
            result = result | a
        return result
    return t


class _Form:
    """A special form (Any, Union, Optional, ...): subscription builds an
    alias through `getitem`; a bare form cannot be called."""

    def __init__(self, name, getitem=None):
        if callable(name) and getitem is None:
            # CPython's _SpecialForm(getitem): the function names the form
            getitem = name
            name = getitem.__name__
            self.__doc__ = getitem.__doc__
        self._name = name
        self._getitem = getitem

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError('Cannot subclass special typing classes')

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError('%r is not subscriptable' % self)
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _Alias:
    """A subscripted form or generic (List[int], Union[int, str]): origin and
    args, as typing's _GenericAlias; calling it calls the origin."""

    def __init__(self, origin, args, name=None, form=None, *, inst=True,
                 _paramspec_tvars=False):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._form = form
        self._inst = inst
        # each type variable once, in the order of its first appearance
        self.__parameters__ = tuple(dict.fromkeys(a for a in args if isinstance(a, TypeVar)))

    def _args_repr(self):
        if self._name == 'Tuple' and self.__args__ == ():
            return '()'
        if isinstance(self, _CallableGenericAlias):
            # the argument types are kept flat, the result last: shown as [a, b], r
            *takes, result = self.__args__
            if len(takes) == 1 and (takes[0] is ... or
                                    isinstance(takes[0], (ParamSpec, _ConcatenateGenericAlias))):
                shown = _type_repr(takes[0])
            else:
                shown = '[%s]' % ', '.join(_type_repr(a) for a in takes)
            return '%s, %s' % (shown, _type_repr(result))
        return ', '.join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        if self._name == 'Optional':
            return 'typing.Optional[%s]' % _type_repr(self.__args__[0])
        if self._name is None:
            head = _type_repr(self.__origin__)
        else:
            head = 'typing.' + self._name
        return '%s[%s]' % (head, self._args_repr())

    def __eq__(self, other):
        if isinstance(other, _types.UnionType) and self._name in ('Union', 'Optional'):
            return set(self.__args__) == set(other.__args__)
        if not isinstance(other, _Alias):
            return NotImplemented
        if self._name in ('Union', 'Optional') and other._name in ('Union', 'Optional'):
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __getitem__(self, params):
        params = _tuple_args(params)
        subst = dict(zip(self.__parameters__, params))
        args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return _same_kind(self)(self.__origin__, args, self._name, self._form)

    def __call__(self, *args, **kwds):
        if isinstance(self._form, _Generic):
            return _instantiate(self, self._form._inst, args, kwds)
        if self._name is not None and self._form is not None:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwds)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._name not in ('Union', 'Optional'):
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return any(issubclass(cls, arg) for arg in self.__args__)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError('Cannot subclass special typing classes')

    def __mro_entries__(self, bases):
        # class C(Base[int]) derives from Base (PEP 560)
        if self._name in ('Union', 'Optional') or not isinstance(self.__origin__, type):
            raise TypeError('Cannot subclass %r' % (self,))
        return (self.__origin__,)


def _same_kind(alias):
    """The class to rebuild an alias with: its own when it is one of typing's,
    else _Alias (a subclass made elsewhere may take other arguments)."""
    cls = type(alias)
    return cls if cls.__module__ == __name__ else _Alias


class _UnionGenericAlias(_Alias, _root=True):
    pass


class _LiteralGenericAlias(_Alias, _root=True):
    pass


class _AnnotatedAlias(_Alias, _root=True):
    pass


class _ConcatenateGenericAlias(_Alias, _root=True):
    pass


class _CallableGenericAlias(_Alias, _root=True):
    pass


def _instantiate(alias, inst, args, kwds):
    """What calling a generic alias makes: an instance of its origin that
    remembers the alias, unless the alias stands for a builtin (List, Dict)."""
    if not inst:
        raise TypeError('Type %s cannot be instantiated; use %s() instead'
                        % (alias._name, alias.__origin__.__name__))
    made = alias.__origin__(*args, **kwds)
    try:
        made.__orig_class__ = alias
    except AttributeError:
        pass
    return made


class _Generic:
    """An unsubscripted generic alias (List, Dict, Callable): its origin,
    how many arguments it takes, and its name."""

    def __init__(self, origin, nparams, name=None, *, inst=True, defaults=()):
        if name is None:
            name = origin.__name__
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst
        self._defaults = defaults

    def __getattr__(self, attr):
        # a plain name the alias lacks is its origin's (typing.MutableSequence.register
        # registers with collections.abc's class); dunders are the alias's own
        origin = self.__dict__.get('__origin__')
        if origin is None or (attr.startswith('__') and attr.endswith('__')):
            raise AttributeError(attr)
        return getattr(origin, attr)

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError('Cannot subclass special typing classes')

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._name == 'Callable':
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            if args is ...:
                return _CallableGenericAlias(self.__origin__, (..., _convert(result)),
                                             'Callable', self)
            if isinstance(args, list):
                # flat, as CPython keeps them: Callable[[int], str].__args__ is (int, str),
                # so the alias hashes and compares as a tuple of types
                flat = tuple(_convert(a) for a in args) + (_convert(result),)
                return _CallableGenericAlias(self.__origin__, flat, 'Callable', self)
            return _CallableGenericAlias(self.__origin__, (args, _convert(result)), 'Callable',
                                         self)
        params = tuple(_convert(p) for p in _tuple_args(params))
        if self._name == 'Tuple' and params == ((),):
            params = ()
        elif self._nparams >= 0 and len(params) != self._nparams and self._name != 'Tuple':
            raise TypeError('Too %s arguments for typing.%s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few', self._name,
                               len(params), self._nparams))
        return _Alias(self.__origin__, params, self._name, self)

    def copy_with(self, params):
        return _Alias(self.__origin__, params, self._name, self, inst=self._inst)

    def __mro_entries__(self, bases):
        # class C(typing.Iterator) derives from the origin, as CPython's
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        # isinstance(x, typing.Mapping) asks the origin
        if isinstance(cls, _Generic):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _Alias):
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return issubclass(cls, self.__origin__)

    def __call__(self, *args, **kwds):
        return _instantiate(self, self._inst, args, kwds)

    def __eq__(self, other):
        return isinstance(other, _Generic) and other._name == self._name

    def __hash__(self):
        return hash(self._name)


class TypeVar:
    """A type variable: T = TypeVar('T'); printed ~T (+T covariant, -T
    contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __typing_subst__(self, arg):
        # what marks a type variable to generic aliases (types.GenericAlias)
        return arg


class ParamSpec(TypeVar):
    def __init__(self, name, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)


class TypeVarTuple:
    """A variadic type variable: Ts = TypeVarTuple('Ts'); *Ts in a subscript
    (iterating it gives Unpack[Ts])."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')


class ParamSpecArgs:
    """P.args: shown as the ParamSpec's name with '.args'."""
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))


class ParamSpecKwargs:
    """P.kwargs: shown as the ParamSpec's name with '.kwargs'."""
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))


def _union(form, params):
    params = _tuple_args(params)
    if params == ():
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in params:
        p = _convert(p)
        if (isinstance(p, _Alias) and p._name in ('Union', 'Optional')) or \
                isinstance(p, _types.UnionType):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and _NoneType in flat:
        other = flat[0] if flat[1] is _NoneType else flat[1]
        return _UnionGenericAlias(Union, (other, _NoneType), 'Optional', form)
    return _UnionGenericAlias(Union, tuple(flat), 'Union', form)


def _optional(form, param):
    return Union[param, None]


def _one_arg(form, param):
    if isinstance(param, tuple):
        raise TypeError('%s accepts only a single type.' % repr(form))
    return _Alias(form, (_convert(param),), form._name, form)


def _literal(form, params):
    return _LiteralGenericAlias(form, _tuple_args(params), 'Literal', form)


def _annotated(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    a = _AnnotatedAlias(params[0], params, 'Annotated', form)
    a.__metadata__ = params[1:]
    return a


def _concatenate(form, params):
    return _ConcatenateGenericAlias(form, _tuple_args(params), 'Concatenate', form)


Any = _Form('Any')
NoReturn = _Form('NoReturn')
Never = _Form('Never')
Self = _Form('Self')
LiteralString = _Form('LiteralString')
TypeAlias = _Form('TypeAlias')
Union = _Form('Union', _union)
Optional = _Form('Optional', _optional)
ClassVar = _Form('ClassVar', _one_arg)
Final = _Form('Final', _one_arg)
TypeGuard = _Form('TypeGuard', _one_arg)
Required = _Form('Required', _one_arg)
NotRequired = _Form('NotRequired', _one_arg)
Unpack = _Form('Unpack', _one_arg)
Literal = _Form('Literal', _literal)
Annotated = _Form('Annotated', _annotated)
Concatenate = _Form('Concatenate', _concatenate)


import _collections_abc


class _Abstract:
    """Stands for a class CPython's typing takes from a module typing cannot
    import here (contextlib, re, io) without a cycle."""
    pass


def _origin(name):
    """The class of collections.abc a generic names (also the builtin
    frozenset), else a stand-in of that name."""
    if name == 'frozenset':
        return frozenset
    found = getattr(_collections_abc, name, None)
    if isinstance(found, type):
        return found
    return type(name, (_Abstract,), {'__module__': 'collections.abc'})


Callable = _Generic(_origin('Callable'), -1, 'Callable')
List = _Generic(list, 1, 'List', inst=False)
Dict = _Generic(dict, 2, 'Dict', inst=False)
Set = _Generic(set, 1, 'Set', inst=False)
Tuple = _Generic(tuple, -1, 'Tuple', inst=False)
Type = _Generic(type, 1, 'Type', inst=False)
FrozenSet = _Generic(_origin('frozenset'), 1, 'FrozenSet', inst=False)
import collections as _collections
from abc import ABCMeta as _ABCMeta

DefaultDict = _Generic(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _Generic(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _Generic(_collections.Counter, 1, 'Counter')
Deque = _Generic(_collections.deque, 1, 'Deque')
ChainMap = _Generic(_collections.ChainMap, 2, 'ChainMap')
Iterable = _Generic(_origin('Iterable'), 1, 'Iterable')
Iterator = _Generic(_origin('Iterator'), 1, 'Iterator')
Generator = _Generic(_origin('Generator'), 3, 'Generator')
Reversible = _Generic(_origin('Reversible'), 1, 'Reversible')
Container = _Generic(_origin('Container'), 1, 'Container')
Collection = _Generic(_origin('Collection'), 1, 'Collection')
Sequence = _Generic(_origin('Sequence'), 1, 'Sequence')
MutableSequence = _Generic(_origin('MutableSequence'), 1, 'MutableSequence')
AbstractSet = _Generic(_origin('Set'), 1, 'AbstractSet')
MutableSet = _Generic(_origin('MutableSet'), 1, 'MutableSet')
Mapping = _Generic(_origin('Mapping'), 2, 'Mapping')
MutableMapping = _Generic(_origin('MutableMapping'), 2, 'MutableMapping')
MappingView = _Generic(_origin('MappingView'), 1, 'MappingView')
KeysView = _Generic(_origin('KeysView'), 1, 'KeysView')
ItemsView = _Generic(_origin('ItemsView'), 2, 'ItemsView')
ValuesView = _Generic(_origin('ValuesView'), 1, 'ValuesView')
Awaitable = _Generic(_origin('Awaitable'), 1, 'Awaitable')
Coroutine = _Generic(_origin('Coroutine'), 3, 'Coroutine')
AsyncIterable = _Generic(_origin('AsyncIterable'), 1, 'AsyncIterable')
AsyncIterator = _Generic(_origin('AsyncIterator'), 1, 'AsyncIterator')
AsyncGenerator = _Generic(_origin('AsyncGenerator'), 2, 'AsyncGenerator')
ContextManager = _Generic(_origin('AbstractContextManager'), 1, 'ContextManager')
Hashable = _Generic(_origin('Hashable'), 0, 'Hashable')
Sized = _Generic(_origin('Sized'), 0, 'Sized')
ByteString = _Generic(_origin('ByteString'), 0, 'ByteString')
Pattern = _Generic(_origin('Pattern'), 1, 'Pattern')
Match = _Generic(_origin('Match'), 1, 'Match')
IO = _Generic(_origin('IO'), 1, 'IO')
TextIO = _Generic(_origin('TextIO'), 0, 'TextIO')
BinaryIO = _Generic(_origin('BinaryIO'), 0, 'BinaryIO')
Text = str
AnyStr = TypeVar('AnyStr')


class Generic:
    """Base of user generic classes: class Box(Generic[T]); Box[int] is an
    alias printed __main__.Box[int] whose call makes a Box."""

    def __class_getitem__(cls, params):
        params = _tuple_args(params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError('Parameters to %s[...] must all be type variables or '
                                    'parameter specification variables.' % cls.__name__)
            # a base class carrying the parameters (CPython's alias would
            # give them to the subclass through __mro_entries__)
            return type(cls)(cls.__name__, (cls,), {'__parameters__': params,
                                                    '__module__': 'typing'})
        return _Alias(cls, tuple(_convert(p) for p in params))

    def __init_subclass__(cls, **kwargs):
        if cls.__dict__.get('__parameters__'):
            return
        params = []
        for base in cls.__mro__[1:]:
            for p in base.__dict__.get('__parameters__', ()):
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)


# What a protocol's members are not: typing's own bookkeeping and the names
# every class body has.
_NOT_PROTOCOL_MEMBERS = frozenset((
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__qualname__', '__init_subclass__', '__protocol_attrs__', '__match_args__',
    '__firstlineno__', '__static_attributes__'))


def _protocol_members(cls):
    """The names a protocol class asks of a type: what its bodies (and those
    of the protocols it extends) define or annotate."""
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic') and base.__module__ == 'typing':
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not name.startswith('_abc_') and name not in _NOT_PROTOCOL_MEMBERS:
                names.add(name)
    return names


def _is_protocol_base(b):
    return b.__name__ == 'Protocol' and b.__module__ == 'typing'


class _ProtocolMeta(_ABCMeta):
    """Metaclass of Protocol: isinstance() against a @runtime_checkable
    protocol asks only that the object has the protocol's members."""

    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if cls in type(instance).__mro__:
                return True
            for name in _protocol_members(cls):
                if not hasattr(instance, name):
                    return False
                if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol', False) and \
                not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: a class listing methods and attributes. With
    @runtime_checkable, isinstance() checks that an object has them all and
    issubclass() that a class defines the methods."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(_is_protocol_base(b) for b in cls.__bases__)
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _protocol_init
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_protocol_hook)


def _protocol_init(self, *args, **kwargs):
    if type(self).__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')


def _protocol_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    members = _protocol_members(cls)
    data = [m for m in members if not callable(getattr(cls, m, None))]
    if data:
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for name in members:
        for base in other.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
            if base.__module__ == 'builtins' and base is not object and hasattr(base, name):
                break  # the runtime's builtin types keep their methods out of __dict__
        else:
            return NotImplemented
    return True


def runtime_checkable(cls):
    """Marks a protocol class for isinstance() and issubclass() checks."""
    if not (isinstance(cls, type) and cls.__dict__.get('_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                        % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Returns val unchanged (annotations are not checked)."""
    return val


def final(f):
    return f


def no_type_check(arg):
    """Marks arg (a function, or a class with the functions and classes it
    defines itself) __no_type_check__ = True: get_type_hints then answers {}."""
    if isinstance(arg, type):
        for name, member in list(arg.__dict__.items()):
            target = getattr(member, '__func__', member)  # classmethod, staticmethod
            if getattr(target, '__qualname__', None) != arg.__qualname__ + '.' + name:
                continue  # defined elsewhere: only the class's own members are marked
            if isinstance(target, (_types.FunctionType, type)):
                no_type_check(target)
    try:
        arg.__no_type_check__ = True
    except (TypeError, AttributeError):
        pass  # a builtin class or function keeps no attributes
    return arg


def no_type_check_decorator(decorator):
    """decorator made to mark what it returns with @no_type_check."""
    def marking(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(decorator, attr):
            setattr(marking, attr, getattr(decorator, attr))
    marking.__wrapped__ = decorator
    return marking


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. A series of '
                                  '@overload-decorated functions outside a stub module should '
                                  'always be followed by an implementation that is not '
                                  '@overload-ed.')
    return _overload_dummy


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def reveal_type(obj):
    return obj


def get_origin(tp):
    if isinstance(tp, (_Alias, _Generic)):
        origin = tp.__origin__
        if isinstance(tp, _Alias) and tp._name == 'Optional':
            return Union
        return origin
    if tp is Generic:
        return Generic
    if isinstance(tp, (_types.UnionType, _types.GenericAlias)):
        return type(tp) if isinstance(tp, _types.UnionType) else tp.__origin__
    return None


def get_args(tp):
    if isinstance(tp, (_types.UnionType, _types.GenericAlias)):
        args = tp.__args__
        if type(tp).__name__ == '_CallableGenericAlias' and not (
                len(args) == 2 and (args[0] is ... or isinstance(args[0], ParamSpec))):
            # collections.abc.Callable[[int], str]: the argument types as a list
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _Alias):
        args = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and not (
                len(args) == 2 and (args[0] is ... or
                                    isinstance(args[0], (ParamSpec, _ConcatenateGenericAlias)))):
            return (list(args[:-1]), args[-1])
        return args
    return ()


def _eval_hint(v, globalns, localns):
    if isinstance(v, str):
        # a forward reference: evaluated in the object's module, as CPython's
        # (a string that names a string, "'str'", is one more reference)
        v = eval(v, globalns, localns)
        if isinstance(v, str):
            v = eval(v, globalns, localns)
    return _eval_type(_convert(v), globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (a function, class or module), a new dict;
    None becomes NoneType and string annotations are evaluated, as CPython's."""
    import sys
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            g = globalns
            if g is None:
                mod = sys.modules.get(base.__module__)
                g = mod.__dict__ if mod is not None else {}
            for k, v in base.__dict__.get('__annotations__', {}).items():
                hints[k] = _eval_hint(v, g, localns)
        return hints
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            globalns = getattr(obj, '__dict__', {})
    for k, v in getattr(obj, '__annotations__', {}).items():
        hints[k] = _eval_hint(v, globalns, localns)
    return hints


class NewType:
    """UserId = NewType('UserId', int): a callable returning its argument."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        # the module that made it, as for a class: its caller's
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = 'typing'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x


@runtime_checkable
class SupportsInt(Protocol):
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    def __float__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    def __abs__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    def __index__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    def __round__(self):
        pass


# ---- NamedTuple and TypedDict ------------------------------------------------------

class NamedTuple(tuple):
    """class P(NamedTuple): x: int; y: int = 0  or  NamedTuple('P', [('x', int)]).

    Either form makes a tuple subclass with collections.namedtuple's
    machinery; the class form keeps the class's own methods and its
    annotations, and a field's class attribute is its default."""

    def __new__(cls, typename=None, fields=None, **kwargs):
        if cls is not NamedTuple:
            raise TypeError("NamedTuple subclass %s was not built" % cls.__name__)
        if fields is None:
            fields = list(kwargs.items())
        record = _collections.namedtuple(typename, [f[0] for f in fields], module='typing')
        record.__annotations__ = {n: t for n, t in fields}
        return record

    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:
            return  # a subclass of a named tuple class keeps its parent's fields
        ann = cls.__dict__.get('__annotations__', {})
        fields = list(ann)
        defaults = [cls.__dict__[n] for n in fields if n in cls.__dict__]
        for n in fields[len(fields) - len(defaults):]:
            if n not in cls.__dict__:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (n, "s" if len(defaults) > 1 else "",
                                   ", ".join(d for d in fields if d in cls.__dict__)))
        record = _collections.namedtuple(cls.__name__, fields, defaults=defaults,
                                         module=cls.__module__)
        for k, v in record.__dict__.items():
            if k in ('__dict__', '__weakref__', '__doc__', '__module__', '__qualname__',
                     '__slots__'):
                continue
            if k in fields or k not in cls.__dict__:
                setattr(cls, k, v)
        cls.__annotations__ = dict(ann)


class _TypedDictMeta(type):
    """The class of TypedDict classes: they make plain dicts and take part in
    no isinstance or issubclass check."""

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class TypedDict(metaclass=_TypedDictMeta):
    """class Movie(TypedDict): name: str -- Movie(name='x') is a plain dict."""

    def __new__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            fields = args[1] if len(args) > 1 else kwargs
            ns = {'__annotations__': dict(fields), '__module__': 'typing'}
            td = _TypedDictMeta(args[0], (TypedDict,), ns)
            TypedDict.__init_subclass__.__func__(td, total=total)
            return td
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        # keys from the bases first, then this class's own, as CPython's
        ann, required, optional = {}, set(), set()
        for base in cls.__mro__[1:]:
            if base is TypedDict or not isinstance(base, _TypedDictMeta):
                continue
            ann.update(base.__annotations__)
            required |= base.__required_keys__
            optional |= base.__optional_keys__
        own = cls.__dict__.get('__annotations__', {})
        ann.update(own)
        (required if total else optional).update(own)
        cls.__annotations__ = ann
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total


# names of CPython's typing internals that libraries import
_GenericAlias = _Alias
_BaseGenericAlias = _Alias
_SpecialGenericAlias = _Generic
_SpecialForm = _Form


def _tp_cache(func=None, /, *, typed=False):
    """CPython caches the subscriptions it makes; closured's are cheap."""
    if func is None:
        return lambda f: f
    return func


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    params = []
    for t in args:
        if isinstance(t, TypeVar):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


_collect_type_vars = _collect_parameters


# Names a NamedTuple class may not define.
_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})

# Names a class body may hold that are not protocol members.
_TYPING_INTERNALS = frozenset({'__parameters__', '__orig_bases__', '__orig_class__',
                               '_is_protocol', '_is_runtime_protocol', '__final__'})
_SPECIAL_NAMES = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                            '__init__', '__module__', '__new__', '__slots__',
                            '__subclasshook__', '__weakref__', '__class_getitem__'})
EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS | _SPECIAL_NAMES | {'_MutableMapping__marker'}


class _Final:
    """The base CPython's typing classes use to refuse subclasses (those
    made with _root=True are its own)."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError('Cannot subclass special typing classes')


class _NotIterable:
    __slots__ = ()
    __iter__ = None


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @typing.overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @typing.overload-ed.')


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec))
