# inspect.signature of plain functions: parameter kinds, defaults, str().
import inspect


def f(a, b=2, *args, c, d=4, **kw):
    pass


def g(x, y=[1], *, z):
    pass


def h(a: int, b: "str" = "x") -> bool:
    pass


sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.return_annotation is inspect.Signature.empty)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, p.default, p.annotation is p.empty, p.kind.name, int(p.kind))
print(inspect.signature(g), inspect.signature(h), inspect.signature(lambda: 0))
print(inspect.signature(lambda *a, **k: 0), inspect.signature(lambda a, *, b=1: 0))
print(inspect.Parameter.KEYWORD_ONLY, repr(inspect.Parameter.VAR_POSITIONAL), inspect.Parameter.empty)
print(inspect.signature(h).parameters["a"].annotation, inspect.signature(h).return_annotation)
P = inspect.Parameter
s = inspect.Signature([P("x", P.POSITIONAL_OR_KEYWORD), P("rest", P.VAR_KEYWORD)])
print(s, s == inspect.signature(lambda x, **rest: 0), sig.replace(parameters=list(sig.parameters.values())[:2]))
for bad in (lambda: P("1x", P.KEYWORD_ONLY), lambda: P("a", P.VAR_POSITIONAL, default=1),
            lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_OR_KEYWORD)])):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    inspect.signature(5)
except TypeError as e:
    print("TypeError:", e)
