# sum(<generator expression>) run as a loop of its caller keeps the
# generator's frame in tracebacks: its line, carets, f_locals, and PEP 479.
import sys
import traceback


def inner(x):
    return 10 // x


def outer(xs):
    k = 3
    return sum(inner(x) * k
               for x in xs)


try:
    outer([1, 0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        f = tb.tb_frame
        names = sorted(n for n in f.f_locals if not n.startswith("__"))
        print(f.f_code.co_name, tb.tb_lineno, names if f.f_code.co_name != "<module>" else "")
        tb = tb.tb_next
    traceback.print_exc(file=sys.stdout)


def stop():
    it = iter([])
    return sum(next(it) for _ in [1])


try:
    stop()
except RuntimeError:
    traceback.print_exc(file=sys.stdout)


def pairs(rows):
    return sum(a * b for a, b in rows)


outer([2])
pairs([(1, 2), (3,)])
