from functools import partial

def power(base, exp, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(4), cube(2), square(5, mod=7))
print(square.func is power, square.args, square.keywords)
two_to = partial(power, 2)
print([two_to(n) for n in range(6)])
nested = partial(partial(power, 3), 2)
print(nested(), nested.args, nested.func is power)
print(partial(max, 5)(1, 9, 3), partial(sorted, reverse=True)([3, 1, 2]))
p = partial(power, exp=2)
print(p(3, exp=3))
try:
    partial(1)
except TypeError as e:
    print(e)
