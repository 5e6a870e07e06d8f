# AttributeError.name/obj and NameError.name: set by a failed lookup, or given
# as keywords to the constructor.
import sys
class G:
    def __getattr__(self, n): raise AttributeError("custom")
class P:
    @property
    def x(self): raise AttributeError("inner")
for expr in ("P().zz", "getattr(P(), 'zz')", "(1).zz", "sys.zz", "G().q", "undefined_thing"):
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, "->", e.name, type(e.obj).__name__)
    except NameError as e:
        print(expr, "->", e.name)
e = AttributeError("m", name="n", obj=3)
print(e.name, e.obj, e.args, NameError("x", name="y").name, NameError("z").name, AttributeError().obj)
for bad in ("AttributeError(bad=1)", "NameError(obj=1)", "ValueError(name=1)"):
    try:
        eval(bad)
    except TypeError as t:
        print(t)
