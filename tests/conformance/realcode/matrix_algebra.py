"""Matrix class with operator overloading, gaussian elimination, fractions-free."""
from functools import total_ordering, reduce
import operator
import math


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(map(float, r)) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __add__(self, other):
        if self.shape != other.shape:
            return NotImplemented
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[a * other for a in r] for r in self.rows])
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self * other

    def __eq__(self, other):
        return isinstance(other, Matrix) and all(
            math.isclose(a, b, abs_tol=1e-9) for r, s in zip(self.rows, other.rows) for a, b in zip(r, s))

    def __neg__(self):
        return self * -1

    def __iter__(self):
        return iter(self.rows)

    def __repr__(self):
        body = "\n ".join("[" + ", ".join(f"{x:7.3f}" for x in r) + "]" for r in self.rows)
        return f"Matrix([{body}])"

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        a = [r[:] for r in self.rows]
        det = 1.0
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                return 0.0
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                for c in range(col, n):
                    a[r][c] -= f * a[col][c]
        return det

    def inverse(self):
        n = self.shape[0]
        aug = [r[:] + [1.0 if i == j else 0.0 for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if abs(aug[pivot][col]) < 1e-12:
                raise ZeroDivisionError("singular matrix")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix.identity(3)
print(A)
print(A + B, (2 * A)[0, 0], (A @ B) == A, -B[1, 1])
print(round(A.determinant(), 6), A.inverse() @ A == Matrix.identity(3))
print(A.transpose().rows[0], list(map(sum, A)))
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    A * Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
print(A.__add__(Matrix([[1]])), reduce(operator.mul, [1, 2, 3, 4]), math.prod(range(1, 6)))
vs = sorted(map(Version, ["1.10.0", "1.2.3", "1.2.10", "0.9"]))
print(vs, Version("1.0") <= Version("1.0.1"), max(vs), Version("2.0") >= Version("2.0"))
print(math.comb(10, 3), math.perm(5, 2), math.gcd(84, 36), math.lcm(4, 6), math.isqrt(99), math.floor(-2.5), math.ceil(2.1))
print(f"{math.pi:.10f} {math.e:.5e} {math.hypot(3, 4)} {math.log(1024, 2)} {math.fsum([0.1] * 10)} {sum([0.1] * 10)}")
print(divmod(-7, 2), -7 // 2, -7 % 2, pow(3, 4, 5), round(2.675, 2), round(0.5), round(1.5), int("0x1f", 16), bin(10), oct(8))
A[0, 0] = 10
print(A[0, 0], A.shape)
print(Matrix([[1, 2]]) + Matrix([[1]]))
