# The cmath module: sqrt, exp, log (with a base), log10, phase, polar, rect,
# isclose, isfinite/isinf/isnan and the constants, printed bit for bit.
import cmath
import math

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0j, 1, -1, 2, 1j, -1j, 3 + 4j, -3 - 4j, 0.5 + 0.25j, 1e-320 + 1e-320j,
        1e308 + 1e308j, -2.5, 1e-5j, 0.9 + 0.3j, complex(-0.0, 0.0), complex(-0.0, -0.0),
        123456.789 - 987654.321j, 1e200 - 1e-100j, 2.5, 10, 0.71 + 0.7j]
for v in vals:
    print(v, cmath.sqrt(v), cmath.phase(v), cmath.polar(v))
    t('exp', lambda: cmath.exp(v))
    t('log', lambda: cmath.log(v))
    t('log10', lambda: cmath.log10(v))
    t('log2', lambda: cmath.log(v, 2))
    t('logc', lambda: cmath.log(v, 1 + 1j))
for r, phi in [(1, 0), (2, math.pi / 2), (1.5, -0.3), (0, 1), (-1, 2), (3, math.pi), (2, -0.0),
               (1e300, 1e-10)]:
    print(r, phi, cmath.rect(r, phi))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.pi == math.pi, type(cmath.infj).__name__, type(cmath.inf).__name__)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j),
      cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10, abs_tol=1e-9),
      cmath.isclose(a=1, b=1), cmath.isclose(cmath.infj, cmath.infj),
      cmath.isclose(cmath.infj, 1e308j), cmath.isclose(cmath.nanj, cmath.nanj))
print(cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isfinite(1 + 1j),
      cmath.isfinite(complex(1, float('inf'))), cmath.isnan(1), cmath.isinf(2.5))
print(cmath.sqrt(complex(float('inf'), 1)), cmath.sqrt(complex(-float('inf'), 1)),
      cmath.exp(complex(-float('inf'), 1)), cmath.log(complex(float('inf'), 1)),
      cmath.sqrt(complex(1, float('nan'))))
t('tol', lambda: cmath.isclose(1, 2, rel_tol=-1))
t('str', lambda: cmath.sqrt('x'))
t('none', lambda: cmath.phase(None))
t('noargs', lambda: cmath.sqrt())
t('twoargs', lambda: cmath.polar(1, 2))
t('log11', lambda: cmath.log(1, 1))
t('log0', lambda: cmath.log(0))
t('log3', lambda: cmath.log(1, 2, 3))
t('logkw', lambda: cmath.log(1, base=2))
t('exp1000', lambda: cmath.exp(1000))
t('expinfj', lambda: cmath.exp(complex(0, float('inf'))))
t('rectinf', lambda: cmath.rect(1, float('inf')))
t('rectc', lambda: cmath.rect(1j, 1))
t('rect1', lambda: cmath.rect(1))
t('missing', lambda: cmath.isclose(1))
t('math', lambda: math.sqrt(1j))
t('mathfloor', lambda: math.floor(1j))
