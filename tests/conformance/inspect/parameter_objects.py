# Parameter and Signature objects built by hand: str, equality, replace, kinds.
import inspect
from inspect import Parameter, Signature

params = [
    Parameter("a", Parameter.POSITIONAL_ONLY),
    Parameter("b", Parameter.POSITIONAL_OR_KEYWORD, default=None),
    Parameter("args", Parameter.VAR_POSITIONAL),
    Parameter("key", Parameter.KEYWORD_ONLY, annotation=str),
    Parameter("opts", Parameter.VAR_KEYWORD, annotation=dict),
]
sig = Signature(params, return_annotation=list)
print(sig, [str(p.kind) for p in params], [p.kind.description for p in params])
print(params[1] == Parameter("b", Parameter.POSITIONAL_OR_KEYWORD, default=None), params[0] == params[1])
print(params[3].replace(name="k2", default="x"), params[0].replace(kind=Parameter.KEYWORD_ONLY))
print(Signature(), Signature([Parameter("x", Parameter.KEYWORD_ONLY)]), sig.replace(return_annotation=Signature.empty))
print(Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD == 4, sorted(p.kind for p in params[::-1])[0])
try:
    Signature([params[1], Parameter("c", Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError:", e)
try:
    Signature([params[0], params[0]])
except ValueError as e:
    print("ValueError:", e)
print(sig.bind(1, 2, 3, key="k", z=0).arguments)
