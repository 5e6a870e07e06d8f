# __builtins__ in module namespaces (the builtins module in __main__, its
# dict in imported modules, as CPython) and sys.implementation's fields
# (its name and cache_tag are closured's own: 'closured', None).
import sys
import json
import builtins

print(type(__builtins__).__name__, __builtins__ is builtins, __builtins__.len("abc"))
print(type(json.__builtins__).__name__, json.__builtins__ is vars(builtins))
print("__builtins__" in globals(), "__builtins__" in vars(json))
g = {}
exec("x = len('ab')", g)
print(g["x"], "__builtins__" in g)
impl = sys.implementation
print(type(impl).__name__, impl.version == sys.version_info, impl.version[:2], impl.hexversion == sys.hexversion)
print(isinstance(impl.name, str), impl.name.islower(), impl is sys.implementation)
