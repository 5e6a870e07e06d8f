# object() has no __dict__: no attributes and no weak references, as in CPython; the
# instances of a class statement's classes have both.
import weakref
o = object()
try:
    o.a = 1
except AttributeError as e:
    print(e)
print(hasattr(o, "__dict__"))
try:
    weakref.ref(o)
except TypeError as e:
    print(e)
class E: pass
e = E(); e.a = 1; print(e.a, e.__dict__, weakref.ref(e)() is e)
class S:
    __slots__ = ()
try:
    S().z = 1
except AttributeError as e:
    print(e)
try:
    object().__setattr__("a", 1)
except AttributeError as e:
    print(e)
sentinel = object()
print(sentinel is sentinel, {sentinel: 1}[sentinel], repr(sentinel).startswith("<object object at"))
