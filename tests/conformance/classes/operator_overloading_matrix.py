class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError("shape mismatch")
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m))
                        for j in range(p)] for i in range(n)])

    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(a * 2, a[1, 0], a.shape, a == Matrix([[1, 2], [3, 4]]), a != i)
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
except TypeError as e:
    print("TypeError", e)
