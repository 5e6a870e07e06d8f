import math


def reduce(fn, items):
    it = iter(items)
    acc = next(it)
    for x in it:
        acc = fn(acc, x)
    return acc


fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(math.gcd(fib[300], fib[299]), math.gcd(fib[300], fib[150]) == fib[150])
print(reduce(math.lcm, range(1, 60)))
print(math.lcm(*range(1, 30)) == reduce(math.lcm, range(1, 30)), math.gcd(*[2**k * 3 for k in range(5, 70)]))
print(math.gcd(-(2**100), 2**90 * 3), math.gcd(0, -2**70), math.lcm(-(2**70), 3))
