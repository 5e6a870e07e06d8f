"""statistics for closured: averages and spread of numeric data.

Sums are exact (through fractions.Fraction) and converted once at the end,
so mean([1.1, 2.2, 3.3]) is 2.2 as in CPython; stdev and pstdev are the
correctly rounded square roots of the exact variances."""

import math
from collections import Counter
from fractions import Fraction

__all__ = ['StatisticsError', 'mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median',
           'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'pstdev',
           'pvariance', 'stdev', 'variance', 'quantiles']


class StatisticsError(ValueError):
    pass


def _exact(x):
    if isinstance(x, Fraction):
        return x
    if isinstance(x, (int, float)):
        if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
            return x
        return Fraction(x)
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _result_type(data):
    """float if any item is a float, Fraction if any is one, else int."""
    kind = int
    for x in data:
        if isinstance(x, bool) or type(x) is int:
            continue
        if isinstance(x, float):
            kind = float
        elif isinstance(x, Fraction):
            if kind is int:
                kind = Fraction
        elif isinstance(x, int):
            continue
        else:
            raise TypeError("can't convert type '%s' to numerator/denominator"
                            % type(x).__name__)
    return kind


def _sum(data):
    """(type, exact sum, count); a nan or inf item makes the sum that float."""
    data = list(data)
    kind = _result_type(data)
    total = Fraction(0)
    special = None
    for x in data:
        e = _exact(x)
        if isinstance(e, float):
            special = e if special is None else special + e
        else:
            total += e
    if special is not None:
        return float, special, len(data)
    return kind, total, len(data)


def _convert(value, kind):
    if kind is int and value.denominator != 1:
        kind = float
    if kind is int:
        return int(value)
    if kind is Fraction:
        return value
    return kind(value)


def mean(data):
    """The arithmetic mean, computed exactly and converted to the data's type."""
    kind, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if isinstance(total, float):
        return total / n
    return _convert(total / n, kind)


def fmean(data, weights=None):
    """The mean as a float (fast, not exact)."""
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('geometric_mean requires at least one data point')
    if any(x <= 0 for x in data):
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers')
    return math.exp(fmean([math.log(x) for x in data]))


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        weights = [1] * len(data)
    weights = list(weights)
    if any(x < 0 for x in data):
        raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    kind = _result_type(data)
    if kind is int:
        kind = float  # w / x of ints is a float division in CPython
    total = sum(Fraction(w) / _exact(x) for x, w in zip(data, weights))
    return _convert(Fraction(sum(weights)) / total, kind)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    lo = x - interval / 2
    cf = sum(1 for v in data if v < x)
    f = sum(1 for v in data if v == x)
    return lo + interval * (n / 2 - cf) / f


def mode(data):
    """The most common item (the first one seen of those tied)."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """Every most common item, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [v for v, c in counts.items() if c == top]


def _ss(data, c=None):
    """(type, exact sum of squared deviations, count)."""
    data = list(data)
    kind, total, n = _sum(data)
    if isinstance(total, float):
        return float, total, n
    if c is None:
        c = total / n if n else Fraction(0)
    else:
        c = _exact(c)
    ss = Fraction(0)
    for x in data:
        d = _exact(x) - c
        ss += d * d
    return kind, ss, n


def _isqrt_frac_rto(n, m):
    """floor(sqrt(n/m)) with its last bit set when inexact (round to odd)."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _sqrt_frac(n, m):
    """sqrt(n/m) as a correctly rounded float."""
    extra = 2 * 53 + 3
    q = (n.bit_length() - m.bit_length() - extra) // 2
    if q >= 0:
        return float(_isqrt_frac_rto(n, m << 2 * q) << q)
    return _isqrt_frac_rto(n << -2 * q, m) / (1 << -q)


def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator)."""
    kind, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if isinstance(ss, float):
        return ss
    return _convert(ss / (n - 1), kind)


def pvariance(data, mu=None):
    """Population variance."""
    kind, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if isinstance(ss, float):
        return ss
    return _convert(ss / n, kind)


def stdev(data, xbar=None):
    """Sample standard deviation, correctly rounded."""
    kind, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if isinstance(ss, float):
        return math.sqrt(ss)
    mss = ss / (n - 1)
    return _sqrt_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    kind, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if isinstance(ss, float):
        return math.sqrt(ss)
    mss = ss / n
    return _sqrt_frac(mss.numerator, mss.denominator)


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    # cut i of n sits i/n of the way along `span` places: the data's own size
    # - 1 gaps (inclusive), or size + 1 places counting one past each end
    # (exclusive; cuts beyond the data are pulled in to its ends)
    if method == 'inclusive':
        span, first = size - 1, 0
    elif method == 'exclusive':
        span, first = size + 1, 1
    else:
        raise ValueError('Unknown method: %r' % (method,))
    cuts = []
    for i in range(1, n):
        place = i * span
        j = place // n
        if first:
            j = min(max(j, 1), size - 1)
        delta = place - j * n  # how far past place j, in n-ths
        low = data[j - first]
        high = data[j - first + 1]
        cuts.append((low * (n - delta) + high * delta) / n)
    return cuts
