# decimal: building Decimals from strings, ints, floats, tuples and Decimals; bad input.
from decimal import *
from fractions import Fraction
import math
D = Decimal


def show(src):
    """Evaluates one expression and prints its repr, or the exception it raises."""
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '!!', type(e).__name__, e)


for src in [
    "D('1.5')",
    "D('-0')",
    "D('  12.30  ')",
    "D('1_000.5')",
    "D('_1')",
    "D('1__0')",
    "D('1e5')",
    "D('1E+5')",
    "D('-1.23e-10')",
    "D('.5')",
    "D('5.')",
    "D('.')",
    "D('inf')",
    "D('-Infinity')",
    "D('nan')",
    "D('-sNaN123')",
    "D('nan12x')",
    "D('abc')",
    "D('1e')",
    'D(12345678901234567890123456789012345)',
    'D(-5)',
    'D(1.1)',
    'D(0.1)',
    'D(-0.0)',
    "D(float('inf'))",
    'D((1,(1,2,3),-2))',
    "D((0,(),'n'))",
    "D((0,(4,),'F'))",
    'D([1,[1],1])',
    "D(D('3.14'))",
    'D(None)',
]:
    show(src)
print(repr(getcontext()))
