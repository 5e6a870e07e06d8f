class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *, times=1):
        self.calls += 1
        return x + self.n * times


add5 = Adder(5)
print(add5(1), add5(1, times=3), add5.calls, callable(add5), callable(Adder), callable(3))
print(list(map(add5, [1, 2, 3])), add5.calls)
print(sorted([3, 1, 2], key=Adder(-10)))


class NoCall:
    pass


try:
    NoCall()()
except TypeError as e:
    print(e)
