# TracebackException, FrameSummary and StackSummary, and the running stack.
import sys
import traceback


def inner():
    raise LookupError("deep")


def outer():
    inner()


try:
    outer()
except LookupError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack))
    for fs in te.stack:
        print(fs.name, fs.lineno, fs.line, list(fs)[1:])
    print("".join(te.format()), end="")
    print(list(te.format_exception_only()))
    print(te.stack[0] == (te.stack[0].filename, te.stack[0].lineno, te.stack[0].name, te.stack[0].line))
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(repr(fs), fs.line, len(fs), fs[2])
ss = traceback.StackSummary.from_list([("a.py", 1, "<module>", "main()"), ("a.py", 5, "main", "work()")])
print(ss.format())
print(traceback.format_list([("b.py", 2, "g", "return 1")]))


def where():
    return traceback.extract_stack()


def caller():
    return where()


stack = caller()
print([(f.name, f.line) for f in stack])
print([line.splitlines()[1].strip() for line in traceback.format_stack(limit=2)])
traceback.print_stack(limit=1, file=sys.stdout)


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)


try:
    recurse(6)
except RecursionError as e:
    print("".join(traceback.format_exception(e)), end="")
