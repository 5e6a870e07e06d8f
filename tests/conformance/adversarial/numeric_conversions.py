# Conversions CPython accepts with a DeprecationWarning (an __int__ or
# __index__ answering a bool or an int subclass, a __float__ answering a float
# subclass), a negative number to a fractional power (complex), and round()
# with ndigits past 64 bits.
import math, operator, warnings
class IS(int):
    pass
class F(float):
    pass
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class IntRet:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
class FloatRet:
    def __float__(self):
        return F(2.25)
def show(name, f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            r = f()
            print(name, repr(r), type(r).__name__)
        except (TypeError, ValueError, OverflowError) as e:
            print(name, type(e).__name__, e)
        for w in caught:
            print('  ', w.category.__name__, str(w.message)[:40])
show('int(IntRet(True))', lambda: int(IntRet(True)))
show('int(IntRet(IS(7)))', lambda: int(IntRet(IS(7))))
show('int(IntRet(1.5))', lambda: int(IntRet(1.5)))
show('operator.index(Idx(True))', lambda: operator.index(Idx(True)))
show('operator.index(Idx(IS(3)))', lambda: operator.index(Idx(IS(3))))
show('operator.index(Idx(2.0))', lambda: operator.index(Idx(2.0)))
show('operator.index(2.0)', lambda: operator.index(2.0))
show('list[Idx(True)]', lambda: [10, 20, 30][Idx(True)])
show('list[Idx(IS(2))]', lambda: [10, 20, 30][Idx(IS(2))])
show('bin(Idx(IS(5)))', lambda: bin(Idx(IS(5))))
show('math.sqrt(FloatRet())', lambda: math.sqrt(FloatRet()))
show('math.floor(FloatRet())', lambda: math.floor(FloatRet()))
show('(-8) ** (1/3)', lambda: (-8) ** (1 / 3))
show('(-8.0) ** 0.5', lambda: (-8.0) ** 0.5)
show('pow(-8, 1/3)', lambda: pow(-8, 1 / 3))
show('(-2.0) ** -0.5', lambda: (-2.0) ** -0.5)
show('(-8.0) ** 2.0', lambda: (-8.0) ** 2.0)
show('math.pow(-8, 1/3)', lambda: math.pow(-8, 1 / 3))
show('(-1e200) ** 1.5', lambda: (-1e200) ** 1.5)
for nd in [2 ** 100, -2 ** 100, 2 ** 63, -2 ** 63, 400, -400]:
    show('round(1.5, %d bits)' % nd.bit_length(), lambda: round(1.5, nd))
    show('round(-2.5e10, %s)' % ('+' if nd > 0 else '-'), lambda: round(-2.5e10, nd))
show('round(15, 2**100)', lambda: round(15, 2 ** 100))
