import operator as op

print(op.add(2, 3), op.sub(9, 4), op.mul(6, 7), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(64, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('xyz', 'z'))
d = {'a': 1}
op.setitem(d, 'b', 2); op.delitem(d, 'a')
print(d, op.getitem(d, 'b'), op.index(7), op.length_hint([1, 2, 3]), op.length_hint((x for x in []), 5))
print(op.__add__(1, 2), op.__mul__('ab', 2), op.call(len, 'four'))
x = [1]
print(op.iadd(x, [2]) is x, x, op.imul(3, 4), op.isub(5, 1), op.ior(1, 2))
try:
    op.concat(1, 2)
except TypeError as e:
    print(e)
try:
    op.indexOf([1], 5)
except ValueError as e:
    print(e)
