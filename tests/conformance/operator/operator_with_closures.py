import operator
from functools import reduce, partial

ops = {'+': operator.add, '-': operator.sub, '*': operator.mul}
def calc(tokens):
    stack = []
    for t in tokens:
        if t in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[t](a, b))
        else:
            stack.append(int(t))
    return stack[0]
print(calc('3 4 + 2 *'.split()), calc('10 2 3 * -'.split()))
print(reduce(operator.mul, range(1, 6)), sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
adders = [partial(operator.add, n) for n in range(3)]
print([f(10) for f in adders])
getters = {name: operator.itemgetter(i) for i, name in enumerate(['x', 'y'])}
print({k: g((7, 8)) for k, g in getters.items()})
