# decimal: a trapped signal that nobody catches ends the program with CPython's last line.
from decimal import Decimal, getcontext, InvalidOperation

getcontext().prec = 10
total = sum(Decimal(s) for s in ['1.10', '2.20', '3.30'])
print(total, total / 3)
try:
    Decimal('12,5')
except InvalidOperation as e:
    print('caught', e.args)
try:
    print(Decimal('not a number'))
except InvalidOperation as e:
    # re-raised here: CPython's traceback (a C module) ends in this file, closured's in the library
    raise InvalidOperation(*e.args) from None
