# Arithmetic between complex, int, bool and float: CPython's results bit for
# bit (Smith's division, integer powers by squaring, general powers).
import sys
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, b / a, a ** 2, a ** -2, a ** 0, a ** 1, a ** 0.5)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 4, 4 / a, True + a, a * False)
print(2 ** a, 2.5 ** a, a ** b, (-1) ** 0.5 if False else (-1 + 0j) ** 0.5, 1j ** 2, 1j ** 1j)
print((1 + 1j) ** 101, (1 + 1j) ** -101, (0.5 + 0.5j) ** 100, (1 + 1e-9j) ** 1000)
print(0j ** 0, 0j ** 2, 0j ** 2.5, (2 + 0j) ** 3, (-8 + 0j) ** (1 / 3))
print(-a, +a, -(0j), -(-0j), abs(a), abs(3 + 4j), abs(-2j), abs(complex(1e308, 1e308)))
print(abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)))
x = 1j
x += 1
x *= 2
x -= 0.5j
x /= 1 + 1j
x **= 2
print(x)
print(sum([1j, 2, 3.5, -1j]), sum([0.1j] * 10), sum((1 + 1j for _ in range(5)), 0j))
print((1e308 + 1e308j) * 10, (1e308 + 0j) * (1e308 + 0j), 1e-320j / 1e10)
print(2 ** 62 + 1j, (2 ** 62 + 1) * 1j, 10 ** 20 * (1 + 1j))
print(1 / (1 + 1j), 1j / 1j, (1 + 1j) / (1e-300 + 1e-300j), (3 + 4j) / (1e300 - 1e300j))
print(a == 1 + 2j, a != b, 1 + 0j == 1, 2.5 + 0j == 2.5, 0j == 0, 0j == False, 1j == 1,
      1j == 'x', 1j != None, (2 ** 53 + 1) + 0j == 2 ** 53 + 1, complex(2 ** 53) == 2 ** 53)
print(a in [1, 2, 1 + 2j], [0j, 1.0, 1] == [0, 1, 1 + 0j])
print(sys.getsizeof(1j) == sys.getsizeof(2 + 3j))
