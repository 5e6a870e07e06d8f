# format_exception and print_exception report the exception with the traceback they are
# given (three-argument form; None: no frames) and with its own __traceback__ otherwise; the
# chain behind it keeps its own.
import traceback, sys
def f():
    raise ValueError("x")
def g():
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e
try:
    g()
except KeyError as e:
    err = e
print(type(err.__traceback__).__name__)
print("".join(traceback.format_exception(err)))
print("--- tb None")
print(traceback.format_exception(type(err), err, None))
print(traceback.format_exception(type(err), err, None, chain=False))
print("--- inner tb")
print("".join(traceback.format_exception(type(err), err, err.__cause__.__traceback__, chain=False)))
print("--- tb next")
print("".join(traceback.format_exception(type(err), err, err.__traceback__.tb_next)))
err.__traceback__ = None
print("--- cleared")
print("".join(traceback.format_exception(err)))
e2 = ValueError("fresh")
print(traceback.format_exception(e2))
try:
    traceback.format_exception(type(err), err)
except ValueError as x:
    print("VE", x)
traceback.print_exception(type(err), err, None, file=sys.stdout)
traceback.print_exception(err.__cause__, file=sys.stdout)
print(traceback.format_exception(None))
print(traceback.format_exception_only(err))
