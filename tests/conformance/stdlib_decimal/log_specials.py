# ln and log10 of the special values (NaNs, zeros, negatives, infinities) and of exact powers of ten.
from decimal import Decimal, localcontext, InvalidOperation
for s in ['NaN', 'sNaN', '0', '-0', '-1', 'Infinity', '-Infinity', '1', '10', '100', '2.5', '1E+5']:
    for f in ('ln', 'log10'):
        with localcontext() as c:
            c.traps[InvalidOperation] = False
            try:
                print(s, f, getattr(Decimal(s), f)(), c.flags[InvalidOperation])
            except Exception as e:
                print(s, f, type(e).__name__)
