# Tracebacks and line numbers through calls that bind their arguments by
# moving them into the frame (plain, method, closure, __init__).
import traceback


def level3(x):
    return 10 // x


def level2(x):
    y = x - 1
    return level3(y)


class C:
    def __init__(self, x):
        self.v = level2(x)

    def meth(self, x):
        return level2(x)


def outer():
    def inner(x):
        return C(x)

    return inner


for fn, arg in ((level2, 1), (C(5).meth, 1), (outer(), 1)):
    try:
        fn(arg)
    except ZeroDivisionError:
        for fs in traceback.extract_tb(__import__("sys").exc_info()[2]):
            print(fs.name, fs.lineno, fs.line)
    print("-")


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)


try:
    deep(4)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)

print([level2(3) for _ in range(3)])
C(5).meth(1)
