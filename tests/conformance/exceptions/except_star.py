# try/except*: which clause sees what, what is re-raised, and the errors.
import sys

def show(label, eg):
    print(label, type(eg).__name__, repr(eg))

def run(make, *clauses_desc):
    try:
        make()
    except* ValueError as e:
        show("  ValueError clause:", e)
    except* (TypeError, KeyError) as e:
        show("  Type/Key clause:", e)

def attempt(label, make):
    print(label)
    try:
        run(make)
        print("  nothing escaped")
    except BaseException as e:
        show("  escaped:", e)

def raiser(exc):
    def f():
        raise exc
    return f

attempt("lone ValueError", raiser(ValueError("v")))
attempt("lone KeyError", raiser(KeyError("k")))
attempt("lone OSError", raiser(OSError("o")))
attempt("group of all kinds", raiser(ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])))
attempt("nested group", raiser(ExceptionGroup("g", [ExceptionGroup("n", [ValueError(1), OSError(2)]), KeyError(3)])))
attempt("only unmatched", raiser(ExceptionGroup("g", [OSError(1), OSError(2)])))
attempt("no exception", lambda: None)

print("handler raises")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    show("  outer got:", e)
    print("  parts:", [type(x).__name__ for x in e.exceptions])
    print("  context of new:", repr(e.exceptions[0].__context__))

print("bare raise keeps the structure")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("n", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    show("  outer got:", e)

print("raise e is a new raise")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
except ExceptionGroup as e:
    show("  outer got:", e)

print("lone exception re-raised with a bare raise")
try:
    try:
        raise ValueError("alone")
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("  outer got:", e)

print("exc_info in the clause")
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    info = sys.exc_info()
    print(" ", info[0].__name__, repr(info[1]))
print("  after:", sys.exc_info())

print("else and finally")
for make in (lambda: None, raiser(ValueError(5))):
    try:
        make()
    except* ValueError:
        print("  clause")
    else:
        print("  else")
    finally:
        print("  finally")

print("loops and functions inside a clause")
def inner():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        total = 0
        for x in e.exceptions:
            if x.args[0] > 1:
                break
            total += x.args[0]
        def helper():
            return "helper ran"
        print(" ", total, helper())
    return "returned after"
print(" ", inner())

print("type errors")
for spec in (ExceptionGroup, (ValueError, BaseExceptionGroup), 42, (ValueError, "x")):
    try:
        try:
            raise ValueError(1)
        except* spec:
            pass
    except TypeError as e:
        print("  TypeError:", e)
