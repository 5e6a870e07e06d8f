# %d, %i and %u take any object with __int__ (Decimal, Fraction), %x/%o/%X
# only those with __index__; what the method answers must be an int.
from decimal import Decimal
from fractions import Fraction


class Level:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Amount:
    def __int__(self):
        return 42


class Broken:
    def __int__(self):
        return 'x'


print('%d|%i|%u' % (Decimal('7.9'), Fraction(-7, 2), Decimal('-0.5')))
print('%5d|%-4d|%03d' % (Decimal(3), Amount(), Level(7)))
print('%x %o %X %#x' % (Level(255), Level(8), Level(171), Level(16)))
print('%d' % Level(-3), '%.3d' % Amount())
print(b'%d %x' % (Decimal(5), Level(10)))
for fmt, v in (('%x', Decimal(3)), ('%x', Amount()), ('%d', 'str'), ('%d', Broken()),
               ('%o', 1.5)):
    try:
        print(fmt % v)
    except TypeError as e:
        print('TypeError:', e)
