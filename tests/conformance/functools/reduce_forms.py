from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda acc, x: acc * x, range(1, 8), 1))
print(reduce(lambda acc, x: acc + [x * x], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 'empty'))
print(reduce(lambda a, b: b + a, 'abc'))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(lambda x: x + 1, lambda x: x * 10, str)
print(repr(pipeline(4)))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
print(reduce(operator.add, iter([10, 20])))
