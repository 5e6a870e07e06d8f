# inspect: Parameter's and Signature's read-only fields, replace() with and without each
# argument, BoundArguments' signature, args and kwargs, and the checks on construction.
import inspect
from inspect import Parameter, Signature


def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    pass


sig = inspect.signature(f)
print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, repr(p.default), p.annotation is Parameter.empty, str(p))
p = sig.parameters['c']
for attr in ('name', 'kind', 'default', 'annotation'):
    try:
        setattr(p, attr, 1)
    except AttributeError as exc:
        print('AttributeError', attr)
for attr in ('parameters', 'return_annotation'):
    try:
        setattr(sig, attr, 1)
    except AttributeError:
        print('AttributeError', attr)
print(p.replace(), p.replace(name='z'), p.replace(default=Parameter.empty),
      p.replace(annotation=str, kind=Parameter.KEYWORD_ONLY))
print(sig.replace(), sig.replace(return_annotation=Signature.empty),
      sig.replace(parameters=[]), sig.replace(parameters=[p], return_annotation=None))
print(sig.replace().return_annotation, sig.replace(parameters=[]).return_annotation)
ba = sig.bind(1, 2, 3, 4, 5, d=6, x=7)
print(ba.signature is sig, ba.arguments, ba.args, ba.kwargs)
try:
    ba.signature = None
except AttributeError:
    print('AttributeError signature')
ba = sig.bind_partial(1)
print(ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba.args, ba.kwargs, ba.arguments)
for bad in ((1, 'x'), (5, 'x'), ('x', 0)):
    try:
        Parameter(bad[0], bad[1]) if isinstance(bad[0], str) else Parameter('n', bad[0])
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    Parameter('a-b', Parameter.POSITIONAL_ONLY)
except ValueError as exc:
    print('ValueError', exc)
try:
    Parameter('args', Parameter.VAR_POSITIONAL, default=1)
except ValueError as exc:
    print('ValueError', exc)
try:
    Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)])
except ValueError as exc:
    print('ValueError', exc)
print(Parameter('q', 1) == Parameter('q', Parameter.POSITIONAL_OR_KEYWORD),
      hash(Parameter('q', 1)) == hash(Parameter('q', 1)))
