# A module's __spec__, as libraries read it to find where a module came from
# (runpy-style launchers check __spec__ of __main__, plugin loaders take
# spec.parent and submodule_search_locations): None for the script itself.
import os
import sys
import types

print(__spec__, __name__, sys.modules["__main__"].__spec__)
import shapes
import shapes.circle
import shapes.parts.edge

here = os.path.dirname(os.path.abspath(__file__))
for mod in (shapes, shapes.circle, shapes.parts, shapes.parts.edge):
    spec = mod.__spec__
    origin = os.path.relpath(spec.origin, here) if spec.origin else spec.origin
    where = spec.submodule_search_locations
    print(spec.name, spec.parent, origin,
          [os.path.relpath(p, here) for p in where] if where is not None else None,
          spec.name == mod.__name__, mod.__spec__ is spec)
import json
import collections.abc
print(json.__spec__.name, json.__spec__.parent, collections.abc.__spec__.name,
      collections.abc.__spec__.parent, sys.__spec__.name)
made = types.ModuleType("made")
print(made.__spec__, getattr(types.ModuleType("x"), "__spec__", "missing"))
sys.modules["alias"] = shapes.circle
print(shapes.circle.__spec__.name)
