"""statistics for closured: averages and spread of numeric data.

Sums are exact (through fractions.Fraction) and converted once at the end,
so mean([1.1, 2.2, 3.3]) is 2.2 as in CPython; stdev and pstdev are the
correctly rounded square roots of the exact variances. Decimal data give
Decimal results (rounded in the current context). covariance, correlation,
linear_regression and NormalDist work in floats, as CPython's do."""

import math
import sys as _sys
from collections import Counter, namedtuple as _namedtuple
from fractions import Fraction

__all__ = ['StatisticsError', 'mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median',
           'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'pstdev',
           'pvariance', 'stdev', 'variance', 'quantiles', 'NormalDist', 'covariance',
           'correlation', 'linear_regression']


class StatisticsError(ValueError):
    pass


def _decimal_type():
    # Decimal, when the program has imported decimal (no value can be one
    # before that), else None
    mod = _sys.modules.get('decimal')
    return getattr(mod, 'Decimal', None)


def _exact(x):
    if isinstance(x, Fraction):
        return x
    dec = _decimal_type()
    if dec is not None and isinstance(x, dec):
        return Fraction(x) if x.is_finite() else float(x)
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
        if isinstance(x, float) or isinstance(x, Fraction):
            if kind not in (int, float, Fraction):
                raise TypeError("don't know how to coerce Decimal and %s" % type(x).__name__)
            if isinstance(x, float):
                kind = float
            elif kind is int:
                kind = Fraction
        elif isinstance(x, int):
            continue
        elif _decimal_type() is not None and isinstance(x, _decimal_type()):
            if kind in (float, Fraction):
                raise TypeError("don't know how to coerce Decimal and %s" % kind.__name__)
            kind = _decimal_type()
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
    if kind is _decimal_type() and kind is not None:
        # the exact quotient rounded once, in the current context
        return kind(value.numerator) / kind(value.denominator)
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
    if len(data) == 1 and weights is None:
        if data[0] < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        return data[0]  # itself, of its own type
    if weights is None:
        weights = [1] * len(data)
    weights = list(weights)
    if any(x < 0 for x in data):
        raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    # each w / x in the data's own arithmetic (a float for ints, rounded in
    # the context for Decimals), then summed exactly
    kind, total, _ = _sum([w / x if w else 0 for x, w in zip(data, weights)])
    if isinstance(total, float):
        return total
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


def _decimal_sqrt(frac, dec):
    """sqrt(frac) as a Decimal correctly rounded in the current context: the
    context's sqrt of the rounded quotient, moved one step when frac lies
    beyond the midpoint to a neighbour."""
    if not frac:
        return dec('0.0')
    root = (dec(frac.numerator) / dec(frac.denominator)).sqrt()
    here = Fraction(root)
    above = (here + Fraction(root.next_plus())) / 2
    if frac > above * above:
        return root.next_plus()
    below = (here + Fraction(root.next_minus())) / 2
    if frac < below * below:
        return root.next_minus()
    return root


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
    if kind is not None and kind is _decimal_type():
        return _decimal_sqrt(mss, kind)
    return _sqrt_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    kind, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if isinstance(ss, float):
        return math.sqrt(ss)
    mss = ss / n
    if kind is not None and kind is _decimal_type():
        return _decimal_sqrt(mss, kind)
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


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points'
                              % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _centred(values, n):
    # each value less the mean, as floats (fsum's exact sum, one division)
    middle = math.fsum(values) / n
    return [v - middle for v in values], middle


def covariance(x, y, /):
    """The sample covariance of two inputs of the same length."""
    n = _paired(x, y, 'covariance')
    dx, _ = _centred(x, n)
    dy, _ = _centred(y, n)
    return math.fsum(a * b for a, b in zip(dx, dy)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs of the same length."""
    n = _paired(x, y, 'correlation')
    dx, _ = _centred(x, n)
    dy, _ = _centred(y, n)
    sxy = math.fsum(a * b for a, b in zip(dx, dy))
    sxx = math.fsum(a * a for a in dx)
    syy = math.fsum(b * b for b in dy)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = _namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y); with
    proportional=True the line passes through the origin."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        dx, dy = x, y
    else:
        dx, xbar = _centred(x, n)
        dy, ybar = _centred(y, n)
    sxy = math.fsum(a * b for a, b in zip(dx, dy))
    sxx = math.fsum(a ** 2.0 for a in dx)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    return LinearRegression(slope=slope, intercept=0.0 if proportional else ybar - slope * xbar)


# Wichura's AS241 rational approximations of the normal quantile: numerator
# and denominator coefficients, highest power first, for the central region
# and for the two tail regions.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0))
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0))
_AS241_FAR = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0))


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _standard_quantile(p):
    """The standard normal's inverse CDF at p (0 < p < 1)."""
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_CENTRAL
        return _horner(top, r) * q / _horner(bottom, r)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        top, bottom = _AS241_NEAR
    else:
        r -= 5.0
        top, bottom = _AS241_FAR
    x = _horner(top, r) / _horner(bottom, r)
    return -x if q < 0.0 else x


class NormalDist:
    """A normal distribution of mean mu and standard deviation sigma, with
    its density, CDF, quantiles and arithmetic with constants and with other
    independent normal distributions."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution whose mean and sample stdev are data's."""
        data = list(data)
        centre = fmean(data)
        return cls(centre, stdev(data, centre))

    def samples(self, n, *, seed=None):
        """n values drawn from the distribution (reproducibly with seed)."""
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        return [draw(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        var = self._sigma ** 2.0
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        gap = x - self._mu
        return math.exp(gap * gap / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        """The probability that a draw is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        """The x at which cdf(x) is p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _standard_quantile(p) * self._sigma

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equal parts."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area shared by the two density curves (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        narrow, wide = self, other
        if (wide._sigma, wide._mu) < (narrow._sigma, narrow._mu):
            narrow, wide = wide, narrow
        v1, v2 = narrow.variance, wide.variance
        if not v1 or not v2:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = v2 - v1
        dm = math.fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * narrow._sigma * math.sqrt(2.0)))
        # the curves cross where their densities are equal: at x1 and x2
        a = narrow._mu * v2 - wide._mu * v1
        b = narrow._sigma * wide._sigma * math.sqrt(dm * dm + dv * math.log(v2 / v1))
        x1, x2 = (a + b) / dv, (a - b) / dv
        apart = sum(math.fabs(wide.cdf(x) - narrow.cdf(x)) for x in (x1, x2))
        return 1.0 - apart

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='Arithmetic mean.')
    median = property(lambda self: self._mu, doc='Middle value.')
    mode = property(lambda self: self._mu, doc='The most likely value.')
    stdev = property(lambda self: self._sigma, doc='Standard deviation.')
    variance = property(lambda self: self._sigma ** 2.0, doc='Square of the standard deviation.')

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * math.fabs(k))

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / math.fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)
