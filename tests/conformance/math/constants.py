import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(math.pi), math.tau == 2 * math.pi)
print(type(math.pi).__name__, math.inf > 10**300)
