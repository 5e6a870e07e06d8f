from operator import *
print(add(1, 2), mul(3, 4), itemgetter(0)('xyz'), truth(1))
import operator
print(len(operator.__all__) > 40, 'add' in operator.__all__)
print(operator.__name__, operator.__doc__ is not None)
