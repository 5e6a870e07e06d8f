import math

def make_scaler(base):
    logb = math.log(base)
    def scale(x):
        return math.log(x) / logb
    return scale

log3 = make_scaler(3)
print([round(log3(3 ** k), 9) for k in range(6)])

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run

f = compose(math.floor, math.sqrt, abs)
print([f(x) for x in (-16, 17, -99, 2**60)])
derivs = {name: (lambda g: lambda x, h=1e-6: (g(x + h) - g(x - h)) / (2 * h))(getattr(math, name))
          for name in ("sin", "cos", "exp")}
print({k: round(v(0.0), 6) for k, v in sorted(derivs.items())})
memo = {}
def binom(n, k):
    if (n, k) not in memo:
        memo[(n, k)] = 1 if k in (0, n) else binom(n - 1, k - 1) + binom(n - 1, k)
    return memo[(n, k)]
print(binom(60, 30) == math.comb(60, 30), math.comb(60, 30))
