# BaseExceptionGroup / ExceptionGroup: construction, attributes, checks.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(type(eg).__name__, eg.message, eg.exceptions, eg.args)
print(str(eg), repr(eg))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
b = BaseExceptionGroup("auto", [ValueError(1)])
print(type(b).__name__)
b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(2)])
print(type(b).__name__, str(b), isinstance(b, Exception))
one = ExceptionGroup("one", (OSError("no"),))
print(str(one), repr(one))

bad = [
    lambda: ExceptionGroup("x"),
    lambda: ExceptionGroup("x", [], 3),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("x", ValueError()),
    lambda: ExceptionGroup("x", {ValueError()}),
    lambda: ExceptionGroup("x", []),
    lambda: ExceptionGroup("x", [ValueError(), 3]),
    lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("x", [ValueError()], extra=1),
    lambda: BaseExceptionGroup("x", [1]),
]
for f in bad:
    try:
        f()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class MyGroup(ExceptionGroup):
    pass
try:
    MyGroup("m", [SystemExit()])
except TypeError as e:
    print("TypeError:", e)
g = MyGroup("mine", [ValueError(3)])
print(type(g).__name__, repr(g), str(g))

class BaseGroup(BaseExceptionGroup):
    pass
print(type(BaseGroup("bg", [ValueError(1)])).__name__)

# derive, split, subgroup
nested = ExceptionGroup("outer", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [ValueError(3), KeyError(4)]),
    ExceptionGroup("only-types", [TypeError(5)]),
])
m, r = nested.split(ValueError)
print("split by type:", repr(m), "|", repr(r))
m, r = nested.split((KeyError, TypeError))
print("split by tuple:", repr(m), "|", repr(r))
m, r = nested.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print("split by predicate:", repr(m), "|", repr(r))
print("split all:", nested.split(Exception)[0] is nested, nested.split(Exception)[1])
print("split none:", nested.split(OSError)[0], repr(nested.split(OSError)[1]))
print("subgroup:", repr(nested.subgroup(TypeError)))
print("subgroup none:", nested.subgroup(OSError))
print("subgroup self:", nested.subgroup(lambda e: True) is nested)
seen = []
nested.subgroup(lambda e: seen.append(type(e).__name__) or False)
print("predicate saw:", seen)
d = nested.derive([OSError(9)])
print("derive:", repr(d), d.__cause__, d.__context__)
for cond in (3, "x", ValueError(1), int, (ValueError, 3)):
    try:
        nested.split(cond)
    except TypeError as e:
        print("TypeError:", e)

# metadata travels to the parts
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("why")
except ExceptionGroup as caught:
    caught.add_note("note 1")
    match, rest = caught.split(ValueError)
    print(repr(match.__cause__), repr(match.__context__), match.__suppress_context__)
    print(match.__notes__, rest.__notes__, match.__notes__ is caught.__notes__)

class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message.upper(), excs)
dm, dr = Derived("keep", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(dm).__name__, repr(dm), repr(dr))

# notes on any exception
e = ValueError("v")
e.add_note("first")
e.add_note("second")
print(e.__notes__, e.__dict__)
try:
    e.add_note(3)
except TypeError as x:
    print("TypeError:", x)
try:
    ValueError().__notes__
except AttributeError as x:
    print("AttributeError:", x)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as x:
    print("TypeError:", x)
e2 = TypeError("w")
print(e2.with_traceback(None) is e2)
