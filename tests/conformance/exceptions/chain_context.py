# Implicit chaining: an exception raised inside an except block gets the
# handled exception as __context__; the uncaught chain prints both.


def parse(s):
    try:
        return int(s)
    except ValueError:
        return {}[s]


try:
    parse("x")
except KeyError as e:
    print(type(e).__name__, repr(e))
    print(type(e.__context__).__name__, e.__context__)
    print(e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("bad")
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__.__context__)

# a handled exception that is re-raised bare keeps no new context
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("bare", e.__context__)


def helper():
    raise RuntimeError("from helper")


try:
    [][0]
except IndexError:
    helper()
