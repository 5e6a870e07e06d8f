def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def make_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib

g = fib_gen()
seq = [next(g) for _ in range(120)]
print(seq[90:95])
fib = make_memo()
print(fib(93), fib(94), fib(300))
print(fib(300) == seq[-1] * 0 + fib(300), fib(500) % 10**9)
for n in (92, 93, 100):
    print(n, fib(n), fib(n) > 2**63, fib(n).bit_length())
