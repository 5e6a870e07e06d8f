# raise X from None: no cause, the context is kept but not printed.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no " + k) from None


try:
    lookup({}, "x")
except LookupError as e:
    print(e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)

try:
    try:
        raise ArithmeticError("disk")
    except ArithmeticError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__)

lookup({}, "y")
