# decimal: the way programs use it for money: cents, rounding half up, totals, percentages, tables.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, localcontext

CENT = Decimal('0.01')
prices = {'apple': Decimal('0.35'), 'bread': Decimal('2.49'), 'cheese': Decimal('7.125')}
cart = [('apple', 6), ('bread', 2), ('cheese', 1)]
subtotal = sum((prices[item] * qty for item, qty in cart), Decimal(0))
print('subtotal', subtotal, subtotal.quantize(CENT, ROUND_HALF_UP))
tax = (subtotal * Decimal('0.0825')).quantize(CENT, rounding=ROUND_HALF_UP)
total = subtotal.quantize(CENT, ROUND_HALF_UP) + tax
print(f'tax {tax}  total {total:>10,.2f}  {total:.3e}')
share, left = divmod(total, 3)
print('split', share, left, (total / 3).quantize(CENT, ROUND_DOWN))
for item, qty in cart:
    line = prices[item] * qty
    print(f'{item:<8}{qty:>3} x {prices[item]:>6} = {line.quantize(CENT, ROUND_HALF_UP):>8}')
rate = Decimal('0.05')
balance = Decimal('1000.00')
for year in range(1, 4):
    balance = (balance * (1 + rate)).quantize(CENT, ROUND_HALF_UP)
    print(year, balance, f'{balance / Decimal(1000) - 1:.2%}')
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), sorted(k.__name__ for k, v in ctx.flags.items() if v))
print(sorted([Decimal('10'), Decimal('9.99'), Decimal('10.0'), Decimal('-1')]))
print(max(Decimal('1.50'), Decimal('1.5')), min(Decimal(2), 3, 1.5))
print({Decimal('1.0'): 'a', 1: 'b', Decimal('2'): 'c'})
print(int(total), float(tax), round(total), round(total, 1), str(-total), abs(-total))
