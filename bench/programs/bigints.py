# bigints: integers far past 64 bits in closure-heavy code: factorials by
# product trees, Fibonacci through a memoizing closure and by matrix powers,
# modular exponentiation (a Miller-Rabin primality sweep), decimal and hex
# conversions, and bit operations on negative big ints. No Lua version: Lua
# has no big integers.


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def product_tree(lo, hi):
    if hi - lo < 8:
        r = 1
        for k in range(lo, hi + 1):
            r *= k
        return r
    mid = (lo + hi) // 2
    return product_tree(lo, mid) * product_tree(mid + 1, hi)


def fib_matrix(n):
    def mul(a, b):
        return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
                a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3])

    result, base = (1, 0, 0, 1), (1, 1, 1, 0)
    while n:
        if n & 1:
            result = mul(result, base)
        base = mul(base, base)
        n >>= 1
    return result[1]


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        if a % n == 0:
            continue
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def checksum(x):
    return x % 1000000007


total = 0
for n in (1000, 5000, 20000, 60000):
    f = product_tree(1, n)
    total += checksum(f) + f.bit_length()
for k in range(0, 3001, 100):  # grown in steps: the recursion stays shallow
    total += checksum(fib(k))
total += checksum(fib_matrix(100000))
primes = [2**127 - 1 + 2 * k for k in range(6000) if is_probable_prime(2**127 - 1 + 2 * k)]
total += len(primes) + checksum(sum(primes))
for k in range(5000):
    v = (3**300 + k) * (7**150 - k)
    s = str(v)
    total += int(s[-9:]) + len(hex(v)) + (int(s) == v)
acc = -(2**500)
for k in range(60000):
    acc = (acc ^ (k << (k % 480))) - ((acc >> 7) & (2**400 - 1)) + (~k << 130)
total += checksum(acc) + acc.bit_length()
print(total)
