def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = make_fact()
print(f(10))
print(f.__code__.co_freevars)
print(f.__closure__[0].cell_contents is f)
def make_fib():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
fib = make_fib()
print(fib(90))
print(fib.__code__.co_freevars)
def y_like(f):
    return lambda n: f(y_like(f), n)
fact = y_like(lambda self, n: 1 if n == 0 else n * self(n - 1))
print(fact(12))
