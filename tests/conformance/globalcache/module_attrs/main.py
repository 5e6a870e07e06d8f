# Attributes of module objects read through warmed LOAD_ATTR / LOAD_METHOD
# sites (math.sqrt, shapes.area), then changed: rebound from outside, by the
# module itself, deleted, served by the module's __getattr__, and a site
# that meets a different module.
import math
import sys
import itertools
import shapes
import shapes2


def areas(mod, n):
    return [mod.area(i) for i in range(n)]


def roots(n):
    return [round(math.sqrt(i), 3) for i in range(n)]


def raw_roots(n):
    return [math.sqrt(i) for i in range(n)]


def pi_ref():
    f = math.floor
    return f(math.pi * 100)


print(areas(shapes, 4), roots(4), pi_ref())
shapes.area = lambda r: -r
print(areas(shapes, 4))
shapes.redefine()
print(areas(shapes, 4))
print(areas(shapes2, 4))
print(areas(shapes, 2), areas(shapes2, 2))
del shapes.area
print(shapes.lazy_area)
try:
    areas(shapes, 1)
except AttributeError as e:
    print("AttributeError:", e)
setattr(shapes, "area", abs)
print(areas(shapes, 3))
vars(shapes)["area"] = str
print(areas(shapes, 3))

saved = math.sqrt
print(raw_roots(3))
math.sqrt = lambda x: "fake"
print(raw_roots(2))
del math.sqrt
try:
    raw_roots(2)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = saved
print(roots(3))


def chain_all(*its):
    return list(itertools.chain(*its))


print(chain_all([1], [2, 3]), chain_all("ab"))


def stdout_name():
    return sys.maxsize > 2**31 and sys.stdout is sys.stdout


print([stdout_name() for _ in range(3)])

# a module object replaced in sys.modules and re-imported
import importlib

old = shapes
del sys.modules["shapes"]
shapes = importlib.import_module("shapes")
print(shapes is old, areas(shapes, 3), areas(old, 2))
