import math
for x in (1, 2, 5, 0.5, 10.5, -0.5, -2.5, 100, 1e-5):
    print(x, f"{math.gamma(x):.12g}", f"{math.lgamma(x):.12g}")
for x in (0, 0.5, 1, -1, 2.5, -3, 10, 1e-8):
    print(x, f"{math.erf(x):.15g}", f"{math.erfc(x):.15g}")
for f, x in ((math.gamma, 0), (math.gamma, -1), (math.gamma, -math.inf), (math.lgamma, 0), (math.lgamma, -2)):
    try:
        print(f(x))
    except ValueError as e:
        print(f.__name__, x, e)
for x in (172, 1e300):
    try:
        print(math.gamma(x))
    except OverflowError as e:
        print(e)
print(math.gamma(math.inf), math.lgamma(math.inf), math.erf(math.inf), math.erfc(-math.inf))
print(math.factorial(10) == round(math.gamma(11)), round(math.exp(math.lgamma(20))) == math.factorial(19))
