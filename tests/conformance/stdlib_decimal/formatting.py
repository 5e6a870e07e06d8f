# decimal: format() and f-strings with every presentation type, fill, alignment, sign, grouping and precision.
from decimal import *
D = Decimal


def show(src):
    """Evaluates one expression and prints its repr, or the exception it raises."""
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '!!', type(e).__name__, e)


specs = ['', ',', '.2f', ',.2f', 'e', '.3e', 'g', '.3g', '%', '.1%', '>15', '<15', '^15,.1f',
         '015.2f', '+.2f', ' .2f', 'E', 'G', '.0f', '.0e', '#.0f', 'z.1f', '_f', '.2', '.10',
         '*>12,.3f', '012,.1f', '=+12.1f', '08', 'n', '.3n', '-', 'F', '.0%', '#.0e', ',g', '_.2f', 'x', '.f', '10.4G']
vals = ['1234567.891', '-0.001', '0E+3', '1E+3', '123.456', 'inf', '-nan', '0.000012345', '-0', '1.5E-10', '99.995', '12345678901234567890.5', 'snan']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(D(v), s))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, out)
print('{:,.2f} {:>10} {:.3%}'.format(D('1234.5'), D('1.5'), D('0.25')))
print(f"{D('3.14159'):.2f} {D('1e6'):,f}")

# Zero padding with an explicit alignment is refused; 'z' after rounding (lowercase types).
for spec in ['>05', '=08.2f', '*<010', 'z.2f', 'z.1F', 'z.3e', 'z.0%', 'z,.1f']:
    try:
        print(spec, repr(format(Decimal('-0.0004'), spec)), repr(format(Decimal('-0'), spec)))
    except ValueError as e:
        print(spec, 'ValueError', e)
