# decimal: Decimals as objects: copies, pickling protocol, subclasses, numbers ABCs, dict keys, sorting.
import copy
import numbers
from decimal import Decimal, getcontext


class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % self


d = Decimal('3.140')
print(copy.copy(d) is d, copy.deepcopy(d) is d, copy.deepcopy([d, {'k': d}]))
print(d.__reduce__())
m = Money('2.50')
print(m, repr(m), type(m).__name__, isinstance(m, Decimal), type(copy.copy(m)).__name__)
print(repr(m + 1), type(m + 1).__name__, Money.from_float(0.5), type(Money.from_float(0.5)).__name__)
print(isinstance(d, numbers.Number), isinstance(d, numbers.Real), isinstance(d, numbers.Rational))
prices = {Decimal('1.0'): 'one', Decimal('2.5'): 'two and a half'}
print(prices[Decimal(1)], prices[Decimal('2.50')], Decimal(1) in {1, 2}, 2.5 in {Decimal('2.5')})
values = [Decimal('3'), Decimal('-1.5'), Decimal('2.25'), Decimal('0'), Decimal('-0')]
print(sorted(values), sorted(values, reverse=True)[0], max(values), min(values))
print(sum(values), sum(values) / len(values), [str(v) for v in values])
print(f'{d!r} {d!s} {d:>8} {d:.1f} {d=}')
print(Decimal(d) is not d, Decimal(d) == d, d.real, d.imag, d.conjugate())
print(getcontext().prec)
