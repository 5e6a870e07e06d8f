# Imaginary literals, repr/str of complex values (signed zeros, inf, nan,
# exponents), truth values, and .real/.imag on every number type.
values = [1j, 2.5e3J, 0j, -0j, 1_000j, .5j, 5.j, 1e-5j, 1e16j, 1e400j, 1e-400j,
          1 + 2j, 1 - 2j, -1 - 2j, 3.25 + 0j, -0.0 + 1j, 0.0 - 0.0j,
          complex(-0.0, -0.0), complex(0.0, -0.0), complex(1e16, 1e-5),
          complex(float('inf'), float('-inf')), complex(1, float('nan')),
          complex(float('nan'), 1), complex(-float('nan'), -float('nan')),
          complex(123456789012345678, 0.1), complex(1e-310, -1e300)]
for v in values:
    print(repr(v), str(v), v, bool(v), type(v).__name__)
print([1j, (2+3j)], (1j,), {'k': -1j})
print(1j.real, 1j.imag, (3 - 4j).real, (3 - 4j).imag, (-0j).imag)
print((5).real, (5).imag, (-7).numerator, (7).denominator, True.real, False.imag,
      True.numerator, (2.5).real, (2.5).imag, (2 ** 70).real, (2 ** 70).imag)
print(type((5).imag).__name__, type((2.5).imag).__name__, type(True.real).__name__)
print((1 + 2j).conjugate(), (1.5).conjugate(), (3).conjugate(), 0j.conjugate())
print(isinstance(1j, complex), isinstance(1, complex), type(1j) is complex, complex)
print(bool(0j), bool(-0j), bool(1e-300j), bool(complex(0, 0.0)), not 2j)
print(f'{1j}', f'{1+2j!r}', '%s %r' % (3j, -4j), str(-1.5j), repr(complex(2, -0.0)))
