"""random: pseudo-random numbers with CPython's algorithms over the Mersenne
Twister of _random, so a seed gives the same sequence as CPython 3.11.

The generator's state is the 625-int list _random works on (624 words and
the index of the next one)."""

import _random
import math as _math
import time as _time

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "choices", "getrandbits", "gauss", "triangular",
           "normalvariate", "expovariate", "getstate", "setstate", "betavariate",
           "gammavariate", "lognormvariate", "vonmisesvariate", "paretovariate",
           "weibullvariate", "randbytes", "SystemRandom"]

_TWOPI = 2.0 * _math.pi
_NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
_LOG4 = _math.log(4.0)
_SG_MAGICCONST = 1.0 + _math.log(4.5)
_seed_counter = [0]


def _fresh_seed():
    # No OS entropy source is reachable from a workload: mix clocks and a counter.
    _seed_counter[0] += 1
    return _time.time_ns() ^ (_time.perf_counter_ns() << 17) ^ (_seed_counter[0] << 40)


class Random:
    """A Mersenne Twister generator; Random(x) is seeded like seed(x)."""

    VERSION = 3

    def __init__(self, x=None):
        self._state = [0] * 625
        self.gauss_next = None
        self.seed(x)

    def seed(self, a=None, version=2):
        if a is None:
            a = _fresh_seed()
        elif isinstance(a, bool):
            a = int(a)
        elif isinstance(a, float):
            a = hash(a) % 2**64  # CPython seeds with the hash as an unsigned C word
        elif isinstance(a, (str, bytes, bytearray)):
            a = _random.str_seed(a)
        elif not isinstance(a, int):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        _random.seed(self._state, a)
        self.gauss_next = None

    def random(self):
        return _random.random(self._state)

    def getrandbits(self, k):
        return _random.getrandbits(self._state, k)

    def randbytes(self, n):
        """n random bytes, from getrandbits(n * 8) in little-endian order as CPython's."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def _randbelow(self, n):
        return _random.randbelow(self._state, n)

    def getstate(self):
        return self.VERSION, tuple(self._state), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
        elif version == 2:
            version, internal, self.gauss_next = state
            internal = tuple(x % (2 ** 32) for x in internal)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))
        if len(internal) != 625:
            raise ValueError("state vector is the wrong size")
        self._state = list(internal)

    def randrange(self, start, stop=None, step=1):
        istart = _index(start, "start")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop, "stop")
        width = istop - istart
        istep = _index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if not istep:
            raise ValueError("zero step for randrange()")
        # the number of values in the range: width / step rounded up (whatever
        # the signs; none or fewer when the step walks away from stop)
        count = -(-width // istep)
        if count < 1:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, dict)):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = []
            total = 0
            for c in counts:
                total += c
                cum_counts.append(total)
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k=k)
            return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))]
                    for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _math.ceil(_math.log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_math.floor(random() * n)] for i in range(k)]
            if isinstance(weights, int):
                raise TypeError(f"The number of choices must be a keyword argument: k={weights}")
            cum_weights = []
            total = 0
            for w in weights:
                total += w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
                for i in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        peak = 0.5  # where mode sits, as a fraction of the way from low to high
        if mode is not None:
            try:
                peak = (mode - low) / (high - low)
            except ZeroDivisionError:  # high == low: the one value there is
                return low
        if u <= peak:
            return low + (high - low) * _math.sqrt(u * peak)
        # the part above the mode, drawn from the high end down
        return high + (low - high) * _math.sqrt((1.0 - u) * (1.0 - peak))

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_math.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * _TWOPI
            g2rad = _math.sqrt(-2.0 * _math.log(1.0 - random()))
            z = _math.cos(x2pi) * g2rad
            self.gauss_next = _math.sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return _TWOPI * random()
        s = 0.5 / kappa
        r = s + _math.sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _math.cos(_math.pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _math.acos(f)) % _TWOPI
        else:
            theta = (mu - _math.acos(f)) % _TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha == 1.0:
            return -_math.log(1.0 - self.random()) * beta
        draw = _gamma_above_one if alpha > 1.0 else _gamma_below_one
        return draw(self.random, alpha) * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_math.log(u)) ** (1.0 / beta)


def _gamma_above_one(random, alpha):
    # R.C.H. Cheng's rejection method (Applied Statistics 26, 1977): a draw
    # u1 in (1e-7, 1 - 1e-7) and a second u2 per try, accepted by a cheap
    # bound first and the exact log test after
    spread = _math.sqrt(2.0 * alpha - 1.0)
    shift = alpha - _LOG4
    slope = alpha + spread
    while True:
        u1 = random()
        if u1 <= 1e-7 or u1 >= 0.9999999:
            continue
        u2 = 1.0 - random()
        v = _math.log(u1 / (1.0 - u1)) / spread
        x = alpha * _math.exp(v)
        z = u1 * u1 * u2
        r = shift + slope * v - x
        if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
            return x


def _gamma_below_one(random, alpha):
    # Ahrens and Dieter's GS algorithm (as in Devroye, Non-Uniform Random
    # Variate Generation, p. 425): a point p of [0, b], then acceptance
    # against the density on its side of 1
    b = (_math.e + alpha) / _math.e
    while True:
        p = b * random()
        below = p <= 1.0
        x = p ** (1.0 / alpha) if below else -_math.log((b - p) / alpha)
        u = random()
        if u <= (_math.exp(-x) if below else x ** (alpha - 1.0)):
            return x


def _index(v, what):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) and v == int(v):
        return int(v)
    raise ValueError("non-integer %s for randrange()" % ("arg 1" if what == "start" else what))


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


class SystemRandom(Random):
    """CPython's generator over the operating system's entropy. None is reachable from a
    program here, so this one is a Mersenne Twister reseeded from the clocks at every
    seed() call; it has no state to save or restore."""

    def seed(self, a=None, version=2):
        Random.seed(self, None)

    def getstate(self):
        raise NotImplementedError("System entropy source does not have state.")

    def setstate(self, state):
        raise NotImplementedError("System entropy source does not have state.")


# the module's functions are the bound methods of one hidden instance
_inst = Random()
for _name in ("seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
              "sample", "shuffle", "choices", "normalvariate", "lognormvariate",
              "expovariate", "vonmisesvariate", "gammavariate", "gauss", "betavariate",
              "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
              "randbytes"):
    globals()[_name] = getattr(_inst, _name)
del _name
