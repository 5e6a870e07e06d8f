class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        limit = self.limit

        class It:
            def __iter__(self):
                return self

            def __next__(self):
                nonlocal a, b
                if a > limit:
                    raise StopIteration
                r = a
                a, b = b, a + b
                return r
        return It()


print(list(Fib(50)), sum(Fib(100)), [x for x in Fib(10) if x % 2])
f = Fib(5)
i1, i2 = iter(f), iter(f)
print(next(i1), next(i1), next(i1), next(i2))
