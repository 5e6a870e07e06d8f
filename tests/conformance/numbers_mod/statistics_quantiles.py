# statistics.quantiles with both methods over ints, floats and Fractions
# (exact cut points), n from 1 to more cuts than data, unsorted input and
# the errors in the order CPython checks them.
from fractions import Fraction
from statistics import StatisticsError, quantiles

samples = [[1, 2], [5, 1, 4, 2, 3], [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75,
                                      105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111],
           [0.5, 2.25, -1.0, 3.75], [Fraction(1, 3), Fraction(5, 2), Fraction(-7, 4)]]
for data in samples:
    for n in (1, 2, 3, 4, 10):
        print(n, quantiles(data, n=n), quantiles(data, n=n, method='inclusive'))
for bad in [dict(data=[1, 2], n=0), dict(data=[1], n=0), dict(data=[1]), dict(data=[], method='x'),
            dict(data=[1, 2], method='median')]:
    try:
        quantiles(**bad)
    except (StatisticsError, ValueError) as exc:
        print(type(exc).__name__, exc)
print(quantiles(iter([3, 1, 2]), n=2), quantiles(range(10), n=4, method='exclusive'))
