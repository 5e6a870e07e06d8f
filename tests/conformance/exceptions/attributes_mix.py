# Exception corners: custom __str__, KeyError's str, notes, causes, SystemExit.code,
# the name/obj of AttributeError and NameError, exception groups.
import sys
# exceptions corners
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self): return f"E({self.args[0]},{self.b})"
try: raise E(1, 2)
except E as e: print(e, repr(e), e.args)
class K(KeyError): pass
print(str(K("x")), str(KeyError("a", "b")), repr(KeyError()))
e = ValueError("v"); e.add_note("note1"); print(e.__notes__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as t:
    print(type(t.__cause__).__name__, t.__suppress_context__)
try:
    try: 1/0
    except ZeroDivisionError: raise KeyError("k")
except KeyError as k:
    print(type(k.__context__).__name__)
print(isinstance(StopIteration(), Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
try: raise SystemExit(3)
except SystemExit as s: print(s.code)
print(repr(OSError(2, "x")), str(OSError("a", "b", "c")))
print(NameError("n", name="x").name if sys.version_info >= (3, 10) else "")
try: undefined_name
except NameError as ne: print(ne.name)
try: [].pop()
except IndexError as ie: print(ie)
try: {}["k"]
except KeyError as ke: print(ke, ke.args)
try: int("abc")
except ValueError as ve: print(ve)
try: "a" + 1
except TypeError as te: print(te)
try: None.x
except AttributeError as ae: print(ae, ae.name, ae.obj)
class O: pass
try: O().missing
except AttributeError as ae: print(ae, ae.name, type(ae.obj).__name__)
ex = UnicodeEncodeError("ascii", "é", 0, 1, "bad")
ex.start = 0
print(ex.reason, ex.end)
print(BaseException("a", 1).with_traceback(None).args)
print(ExceptionGroup("g", [ValueError(1), TypeError(2)]).subgroup(ValueError).exceptions)
