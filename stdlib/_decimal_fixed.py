"""Scaled-integer arithmetic behind closured's decimal exp, ln, log10 and
non-integral powers: a value v is held as the int v * 10**w for a working
precision w, and every function here is within a few units of the last
place; decimal.py widens w until its rounding is certain."""

def _ndigits(n):
    """Decimal digits of a non-negative int (1 for 0)."""
    return len(str(n))


def _tdiv(a, b):
    """a / b truncated toward zero (b > 0), so that series terms reach 0."""
    return a // b if a >= 0 else -(-a // b)


def _atanh_inv(m, w):
    """atanh(1/m) * 10**w for an int m > 1, within a few units."""
    scale = 10 ** (w + 5)
    term = scale // m
    m2 = m * m
    total = 0
    k = 1
    while term:
        total += term // k
        term //= m2
        k += 2
    return total // 10 ** 5


def _ln10(w):
    """ln(10) * 10**w within a unit: 3 ln 2 + ln 1.25 = 6 atanh(1/3) + 2 atanh(1/9)."""
    g = w + 5
    return (6 * _atanh_inv(3, g) + 2 * _atanh_inv(9, g)) // 10 ** 5


def _ln2(w):
    g = w + 5
    return 2 * _atanh_inv(3, g) // 10 ** 5


def _exp_fixed(r, w):
    """exp(r / 10**w) * 10**w for |r| <= 1.2 * 10**w, within a few units."""
    g = w + 5
    s = 10 ** g
    x = r * 10 ** 5
    total = s
    term = s
    k = 1
    while term:
        term = _tdiv(term * x, s * k)
        total += term
        k += 1
    return total // 10 ** 5


def _ln_fixed(c, e, w):
    """(ln(c * 10**e) * 10**w, error bound in units) for c > 0."""
    n = _ndigits(c)
    k10 = e + n
    g = w + 10 + len(str(abs(k10)))
    s = 10 ** g
    m = c * s // 10 ** n if n <= g else c // 10 ** (n - g)
    twos = 0
    while 4 * m < 3 * s:
        m *= 2
        twos += 1
    z = (m - s) * s // (m + s)
    z2 = z * z // s
    total = 0
    term = z
    k = 1
    while term:
        total += _tdiv(term, k)
        term = _tdiv(term * z2, s)
        k += 2
    val = 2 * total - twos * _ln2(g) + k10 * _ln10(g)
    shift = 10 ** (g - w)
    return val // shift if val >= 0 else -((-val) // shift), 10
