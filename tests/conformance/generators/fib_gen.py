def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    return [x for _, x in zip(range(n), it)]

print(take(15, fib()))
print(sum(x for x in take(30, fib()) if x % 2 == 0))
