# Directories without __init__.py are namespace packages: a vendored tree split
# over two path entries, nested namespace levels, relative imports inside them,
# and a plain module found later on the path winning over a bare directory.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "vendor"))
sys.path.append(os.path.join(here, "extra"))

import plug
import plug.codecs.rot
from plug import jsonish

print(plug.__name__, plug.__file__, plug.__package__)
print([os.path.relpath(p, here) for p in plug.__path__])
print(plug.codecs.rot.NAME, jsonish.NAME, plug.codecs.rot.__package__)
print(repr(plug.codecs).split(" (")[0])
print(sorted(k for k in vars(plug) if not k.startswith("__")))

import shadow
print(shadow.WHERE)

try:
    import plug.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from plug import missing2
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

import importlib.util
spec = importlib.util.find_spec("plug.codecs")
print(spec.name, spec.origin, [os.path.relpath(p, here) for p in spec.submodule_search_locations])
print(importlib.util.find_spec("nothing_here_at_all"))
