"""inspect: what a closure is made of: signatures, closure variables, kinds of objects.

Written in the subset itself. Signatures come from a function's code object
(co_varnames, co_argcount, ...), __defaults__, __kwdefaults__ and
__annotations__; builtins have none (ValueError). Source code is not kept
at run time: getsource and friends raise OSError("could not get source
code"), which is what CPython says for code it has no file for (exec, the
interactive prompt).
"""

import builtins as _builtins
from collections import OrderedDict as _OrderedDict, namedtuple as _namedtuple

__all__ = [
    "BoundArguments", "ClosureVars", "FrameInfo", "Parameter", "Signature", "cleandoc",
    "currentframe", "getclosurevars", "getframeinfo", "getouterframes", "stack",
    "getinnerframes", "trace", "getfullargspec", "FullArgSpec", "isasyncgenfunction",
    "isasyncgen",
    "getdoc", "getfile", "getmembers", "getmro", "getgeneratorstate",
    "getcoroutinestate", "getgeneratorlocals", "getcallargs", "getmodule", "getsource", "getsourcefile",
    "getsourcelines", "isabstract", "isawaitable", "isbuiltin", "isclass", "iscode", "iscoroutine",
    "iscoroutinefunction", "isfunction", "isgenerator", "isgeneratorfunction", "ismethod",
    "ismethoddescriptor", "isdatadescriptor", "ismemberdescriptor", "isgetsetdescriptor",
    "ismodule", "isroutine", "signature", "unwrap",
]

CO_OPTIMIZED = 0x01
CO_NEWLOCALS = 0x02
CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def _function():
    pass


class _Method:
    __slots__ = ('slot',)

    def method(self):
        pass


def _generator():
    yield


_FunctionType = type(_function)
_MethodType = type(_Method().method)
_MemberType = type(_Method.slot)  # a __slots__ entry
_GetSetType = type(_FunctionType.__code__)  # a computed attribute of a builtin type
_GeneratorType = type(_generator())


async def _coroutine():
    pass


_c = _coroutine()
_CoroutineType = type(_c)
_c.close()
del _c
_CodeType = type(_function.__code__)
_BuiltinType = type(len)
_ModuleType = type(_builtins)

# ---- kinds of objects ------------------------------------------------------------------


def ismodule(object):
    return isinstance(object, _ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _MethodType)


def isfunction(object):
    return isinstance(object, _FunctionType)


def isgeneratorfunction(object):
    return isfunction(object) and bool(object.__code__.co_flags & CO_GENERATOR)


def iscoroutinefunction(object):
    return isfunction(object) and bool(object.__code__.co_flags & CO_COROUTINE)


def isasyncgenfunction(object):
    return isfunction(object) and bool(object.__code__.co_flags & CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return type(object).__name__ == 'async_generator'


def isgenerator(object):
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    return type(object).__name__ == 'coroutine' and isinstance(object, _CoroutineType)


def isawaitable(object):
    """A coroutine, or an object whose class defines __await__."""
    return iscoroutine(object) or hasattr(type(object), '__await__')


def iscode(object):
    return isinstance(object, _CodeType)


def isbuiltin(object):
    return isinstance(object, _BuiltinType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def ismethoddescriptor(object):
    """True for a descriptor that is no data descriptor and no function, method
    or class: an unbound builtin method (int.__add__, str.upper), staticmethod
    and classmethod objects, an object whose class has __get__ only."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, (staticmethod, classmethod)):
        return True  # (their classes' __get__ is not visible as an attribute here)
    if isinstance(object, _BuiltinType):
        # one type stands for CPython's builtin methods, method and slot wrappers:
        # the unbound ones answer __get__ themselves, the bound ones (len) do not
        return hasattr(object, '__get__')
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """True for a descriptor whose class sets or deletes (property, __slots__
    members, getsets), functions, methods and classes excepted."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if ismemberdescriptor(object) or isgetsetdescriptor(object):
        return True
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def ismemberdescriptor(object):
    return isinstance(object, _MemberType)


def isgetsetdescriptor(object):
    return isinstance(object, _GetSetType)


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, "__abstractmethods__", False))


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def _run_state(running, suspended, frame, prefix):
    # running beats suspended; a finished one has dropped its frame
    if running:
        return prefix + 'RUNNING'
    if suspended:
        return prefix + 'SUSPENDED'
    return prefix + ('CLOSED' if frame is None else 'CREATED')


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame, 'GEN_')


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame, 'CORO_')


def getgeneratorlocals(generator):
    """The generator's local variables while it has a frame, else {}."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = generator.gi_frame
    return dict(frame.f_locals) if frame is not None else {}


def getcallargs(func, /, *positional, **named):
    """The dict of parameter names to the values a call func(*positional,
    **named) would bind, defaults and the * and ** collectors included."""
    if ismethod(func):
        positional = (func.__self__,) + positional
        func = func.__func__
    params = signature(func).parameters
    bound = Signature(list(params.values())).bind(*positional, **named)
    bound.apply_defaults()
    given = bound.arguments
    # CPython's order: the positionally filled, the collectors, the named in
    # call order, then the defaults
    kinds = [p.kind for p in params.values()]
    order = [n for n, k in zip(params, kinds)
             if k <= Parameter.POSITIONAL_OR_KEYWORD][:len(positional)]
    order += [n for n, k in zip(params, kinds)
              if k in (Parameter.VAR_POSITIONAL, Parameter.VAR_KEYWORD)]
    order += [n for n in named if n in params]
    order += [n for n in params if n not in order]
    return {n: given[n] for n in order if n in given}


def getmro(cls):
    """The class and its bases in method resolution order, as a tuple."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) pairs of object's attributes, sorted by name."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


# ---- the running frames ------------------------------------------------------------------

FrameInfo = _namedtuple("FrameInfo", "frame filename lineno function code_context index")


def currentframe():
    """The caller's frame (a snapshot: see sys._getframe)."""
    import sys
    return sys._getframe(1)


def _frame_info(frame, context, lineno=None):
    import _traceback
    code = frame.f_code
    if lineno is None:
        lineno = frame.f_lineno
    lines = None
    index = None
    if context > 0:
        line = _traceback.source_line(code.co_filename, lineno, True)
        if line is not None:
            lines = [line]
            index = 0
    return FrameInfo(frame, code.co_filename, lineno, code.co_name, lines, index)


def getouterframes(frame, context=1):
    """FrameInfo records for frame and every frame that called it, innermost first."""
    records = []
    while frame is not None:
        records.append(_frame_info(frame, context))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frames, from tb's own frame to
    the one where the exception was raised."""
    records = []
    while tb is not None:
        records.append(_frame_info(tb.tb_frame, context, tb.tb_lineno))
        tb = tb.tb_next
    return records


def trace(context=1):
    """FrameInfo records for the frames of the exception being handled."""
    import sys
    return getinnerframes(sys.exc_info()[2], context)


def stack(context=1):
    """FrameInfo records for the caller's frame and its callers, innermost first."""
    import sys
    return getouterframes(sys._getframe(1), context)


def getframeinfo(frame, context=1):
    """(filename, lineno, function, code_context, index) of a frame."""
    info = _frame_info(frame, context)
    return info[1:]


def getmodule(object):
    import sys
    name = getattr(object, "__module__", None)
    if name is None and ismodule(object):
        return object
    return sys.modules.get(name) if name is not None else None


def unwrap(func, *, stop=None):
    """Follows __wrapped__ to the innermost function."""
    seen = {id(func)}
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping %r" % (func,))
        seen.add(id(func))
    return func


def _expandtabs(line):
    if "\t" not in line:
        return line
    out = []
    for ch in line:
        if ch == "\t":
            width = sum(len(part) for part in out)
            out.append(" " * (8 - width % 8))
        else:
            out.append(ch)
    return "".join(out)


def cleandoc(doc):
    """doc with its indentation removed (as help() shows it)."""
    lines = [_expandtabs(line) for line in doc.split("\n")]
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    doc = getattr(object, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _no_source(object):
    if not (ismodule(object) or isclass(object) or ismethod(object) or isfunction(object)
            or iscode(object)):
        raise TypeError("module, class, method, function, traceback, frame, or code object "
                        "was expected, got %s" % type(object).__name__)
    raise OSError("could not get source code")


def getsource(object):
    """Always OSError: closured keeps no source text for Python code (see the module doc)."""
    _no_source(object)


def getsourcelines(object):
    _no_source(object)


def getfile(object):
    if ismodule(object) and getattr(object, "__file__", None):
        return object.__file__
    if isfunction(object):
        return object.__code__.co_filename
    if ismethod(object):
        return object.__func__.__code__.co_filename
    if iscode(object):
        return object.co_filename
    if isclass(object):
        raise TypeError("source code not available")
    raise TypeError("module, class, method, function, traceback, frame, or code object "
                    "was expected, got %s" % type(object).__name__)


def getsourcefile(object):
    return None


# ---- closure variables ------------------------------------------------------------------

ClosureVars = _namedtuple("ClosureVars", "nonlocals globals builtins unbound")
ClosureVars.__module__ = "inspect"


def getclosurevars(func):
    """The names func's code uses, split into nonlocals (its cells' contents), globals,
    builtins and unbound names."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    nonlocal_vars = {}
    if func.__closure__ is not None:
        for name, cell in zip(code.co_freevars, func.__closure__):
            try:
                nonlocal_vars[name] = cell.cell_contents
            except ValueError:
                pass
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", _builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    # each other name the code uses is found in the globals, else the builtins
    global_vars, builtin_vars, unbound_names = {}, {}, set()
    places = ((global_ns, global_vars), (builtin_ns, builtin_vars))
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        for namespace, found in places:
            if name in namespace:
                found[name] = namespace[name]
                break
        else:
            unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


# ---- signatures ---------------------------------------------------------------------------


class _empty:
    """Marker for a parameter without default or annotation."""


class _void:
    """Marker for a parameter not given in a replace() call."""


class _ParameterKind(int):
    # an int with a name, as CPython's IntEnum members print
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name = name
        self._description = description
        return self

    @property
    def name(self):
        return self._name

    @property
    def value(self):
        return int(self)

    @property
    def description(self):
        return self._description

    def __str__(self):
        return self._name

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self._name, int(self))


_POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
_VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
_KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
_VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")
_ParameterKind.POSITIONAL_ONLY = _POSITIONAL_ONLY
_ParameterKind.POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
_ParameterKind.VAR_POSITIONAL = _VAR_POSITIONAL
_ParameterKind.KEYWORD_ONLY = _KEYWORD_ONLY
_ParameterKind.VAR_KEYWORD = _VAR_KEYWORD


def formatannotation(annotation):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def _read_only(attribute, doc):
    """A property answering the instance's attribute, which it does not let be set."""
    return property(lambda self: getattr(self, attribute), doc=doc)


class Parameter:
    """One parameter of a signature: name, kind, default and annotation."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(kind, _ParameterKind):
            if kind not in (0, 1, 2, 3, 4):
                raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
            kind = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY,
                    _VAR_KEYWORD)[kind]
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError("%s parameters cannot have default values" % kind.description)
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a %s" % type(name).__name__)
        if not name.isidentifier():
            raise ValueError("%r is not a valid parameter name" % (name,))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = _read_only('_name', "The parameter's name.")
    kind = _read_only('_kind', 'How an argument reaches it: a _ParameterKind.')
    default = _read_only('_default', 'Its default value, or Parameter.empty.')
    annotation = _read_only('_annotation', 'Its annotation, or Parameter.empty.')

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = "%s: %s" % (text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = "%s = %r" % (text, self._default)
            else:
                text = "%s=%r" % (text, self._default)
        if self._kind == _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, int(self._kind), self._annotation, self._default))


class BoundArguments:
    """The result of Signature.bind: parameter name -> argument."""

    def __init__(self, signature, arguments):
        self._signature = signature
        self.arguments = arguments

    signature = _read_only('_signature', 'The Signature the arguments were bound to.')

    @property
    def args(self):
        # the leading arguments that can go by position (a *args' tuple spread out)
        positional = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                positional.extend(self.arguments[name])
            else:
                positional.append(self.arguments[name])
        return tuple(positional)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                    started = True
                elif param.kind == _VAR_POSITIONAL:
                    continue
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            elif param.kind != _VAR_POSITIONAL:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new.append((name, arguments[name]))
            elif param.default is not _empty:
                new.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["%s=%r" % (name, value) for name, value in self.arguments.items()]
        return "<%s (%s)>" % (type(self).__name__, ", ".join(args))


class Signature:
    """The parameters of a callable and its return annotation."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        params = _OrderedDict()
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                if kind < top_kind:
                    raise ValueError("wrong parameter order: %s parameter before %s parameter"
                                     % (top_kind.description, kind.description))
                top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError("non-default argument follows default argument")
                    else:
                        seen_default = True
                if param.name in params:
                    raise ValueError("duplicate parameter name: %r" % (param.name,))
                params[param.name] = param
        self._parameters = params
        self._return_annotation = return_annotation

    parameters = _read_only('_parameters', 'The parameters by name, in order.')
    return_annotation = _read_only('_return_annotation',
                                   'The return annotation, or Signature.empty.')

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        returns = self._return_annotation if return_annotation is _void else return_annotation
        return type(self)(parameters, return_annotation=returns)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    def __str__(self):
        result = []
        render_pos_only = False
        render_kw_only = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only = True
            elif render_pos_only:
                result.append("/")
                render_pos_only = False
            if kind == _VAR_POSITIONAL:
                render_kw_only = False
            elif kind == _KEYWORD_ONLY and render_kw_only:
                result.append("*")
                render_kw_only = False
            result.append(str(param))
        if render_pos_only:
            result.append("/")
        text = "(%s)" % ", ".join(result)
        if self._return_annotation is not _empty:
            text += " -> %s" % formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self)

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        i = 0
        args = list(args)
        kwargs = dict(kwargs)
        # positional arguments, in order
        while args:
            if i >= len(params) or params[i].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError("too many positional arguments")
            param = params[i]
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args)
                args = []
                i += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError("multiple values for argument %r" % (param.name,))
            arguments[param.name] = args.pop(0)
            i += 1
        # the rest by keyword, or defaults
        var_keyword = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("missing a required positional-only argument: %r"
                                    % (param.name,))
                raise TypeError("missing a required argument: %r" % (param.name,))
        if kwargs:
            if var_keyword is None:
                raise TypeError("got an unexpected keyword argument %r" % (next(iter(kwargs)),))
            arguments[var_keyword.name] = kwargs
        ordered = {}
        for param in params:
            if param.name in arguments:
                ordered[param.name] = arguments[param.name]
        return BoundArguments(self, ordered)

    def bind(self, *args, **kwargs):
        """The arguments of a call mapped to parameters; TypeError when the call would fail."""
        return self._bind(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, True)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)


def _signature_of_function(func):
    code = func.__code__
    names = code.co_varnames
    posonly = code.co_posonlyargcount
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = npos + nkw
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for i in range(npos, npos + nkw):
        name = names[i]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get("return", _empty))


FullArgSpec = _namedtuple("FullArgSpec",
                          "args varargs varkw defaults kwonlyargs kwonlydefaults annotations")


def getfullargspec(func):
    """The parameters of a callable as a FullArgSpec (from its signature,
    the bound first argument of a method kept, as CPython does)."""
    try:
        if ismethod(func):
            sig = signature(func.__func__, follow_wrapped=False)
        else:
            sig = signature(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    defaults = ()
    kwonlyargs = []
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for p in sig.parameters.values():
        if p.annotation is not p.empty:
            annotations[p.name] = p.annotation
        if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(p.name)
            if p.default is not p.empty:
                defaults += (p.default,)
        elif p.kind is _VAR_POSITIONAL:
            varargs = p.name
        elif p.kind is _KEYWORD_ONLY:
            kwonlyargs.append(p.name)
            if p.default is not p.empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind != _VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_of_partial(p, follow_wrapped):
    """What is left of p.func's signature once p's arguments are given: the
    parameters its positional arguments fill are gone; one its keywords fill
    keeps the value as its default, and when it could be given by position,
    it and every later parameter become keyword-only (and *args goes)."""
    whole = signature(p.func, follow_wrapped=follow_wrapped)
    try:
        given = whole.bind_partial(*p.args, **p.keywords).arguments
    except TypeError as e:
        raise ValueError('partial object {!r} has incorrect arguments'.format(p)) from e
    front, tail = [], []
    for param in whole.parameters.values():
        kind, name = param.kind, param.name
        if kind is Parameter.VAR_POSITIONAL or kind is Parameter.VAR_KEYWORD:
            if not (tail and kind is Parameter.VAR_POSITIONAL):
                (tail if tail else front).append(param)
            continue
        if name in given:
            if name not in p.keywords:
                continue  # filled by position
            param = param.replace(default=given[name])
            if kind is Parameter.POSITIONAL_OR_KEYWORD and not tail:
                tail.append(param.replace(kind=Parameter.KEYWORD_ONLY))
                continue
        if tail and kind is Parameter.POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=Parameter.KEYWORD_ONLY)
        (tail if tail else front).append(param)
    return whole.replace(parameters=front + tail)


def signature(obj, *, follow_wrapped=True):
    """The Signature of a Python function, method, class or callable instance."""
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if ismethod(obj):
        return _drop_first(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    import functools
    if isinstance(obj, functools.partial):
        return _signature_of_partial(obj, follow_wrapped)
    if isfunction(obj):
        return _signature_of_function(obj)
    if isbuiltin(obj):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    if isclass(obj):
        # the first class in the MRO with a Python __new__ or __init__ decides
        for base in obj.__mro__:
            for name in ("__new__", "__init__"):
                method = base.__dict__.get(name)
                if isinstance(method, staticmethod):
                    method = method.__func__
                if isfunction(method):
                    return _drop_first(_signature_of_function(method))
        if obj.__mro__[1:] == (object,) or obj is object:
            return Signature()
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _drop_first(_signature_of_function(call))
    raise ValueError("callable {!r} is not supported by signature".format(obj))
