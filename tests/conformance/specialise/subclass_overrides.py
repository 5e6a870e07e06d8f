# Sites warmed with plain ints, floats and strs, then given instances of
# their subclasses (and classes of their own) whose __add__, __radd__,
# __sub__, __mul__, __truediv__, __eq__, __ne__, __lt__ and __gt__ are
# overridden: the specialised paths must hand them to the generic protocol.


def add(a, b):
    return a + b


def sub_mul(a, b):
    return a - b, a * b, a / b


def eq(a, b):
    return a == b, a != b


def lt(a, b):
    return a < b


def branch(a, b):
    if a < b:
        return 'lt'
    if a == b:
        return 'eq'
    return 'ge'


def loop_sum(values, start):
    total = start
    for v in values:
        total = total + v
    return total


for i in range(400):
    add(i, 1)
    add(i * 0.5, 1.5)
    add('a', 'b')
    sub_mul(i + 0.5, 2.0)
    eq(1.5, i)
    eq('x', 'y')
    lt(i * 0.5, 3)
    lt('a', 'b')
    branch(i * 1.0, 100.0)
    branch('m', 'n')
loop_sum([0.5] * 10, 0.0)


class F(float):
    def __add__(self, other):
        return 'F.__add__(%r, %r)' % (float(self), other)

    def __radd__(self, other):
        return 'F.__radd__(%r, %r)' % (float(self), other)

    def __sub__(self, other):
        return F(float(self) - other - 1000)

    def __truediv__(self, other):
        return 'F.__truediv__'

    def __eq__(self, other):
        return 'F.__eq__'

    def __lt__(self, other):
        return True

    __hash__ = float.__hash__


class I(int):
    def __add__(self, other):
        return 'I.__add__'

    def __radd__(self, other):
        return 'I.__radd__'

    def __mul__(self, other):
        return 'I.__mul__'

    def __lt__(self, other):
        return False

    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


class S(str):
    def __add__(self, other):
        return 'S+' + str.__add__(self, other)

    def __radd__(self, other):
        return str.__add__(other, self) + '+S'

    def __eq__(self, other):
        return 'S.__eq__'

    def __ne__(self, other):
        return 'S.__ne__'

    def __lt__(self, other):
        return 'S.__lt__'

    __hash__ = str.__hash__


class Plain(float):
    pass


class Num:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return 'Num.__radd__(%r)' % (other,)

    def __rsub__(self, other):
        return 'Num.__rsub__'

    def __rmul__(self, other):
        return 'Num.__rmul__'

    def __rtruediv__(self, other):
        return 'Num.__rtruediv__'

    def __gt__(self, other):
        return 'Num.__gt__'

    def __eq__(self, other):
        return 'Num.__eq__'


print(add(F(1.5), 2.0), add(2.0, F(1.5)), add(1, F(0.5)), add(F(0.5), 1))
print(sub_mul(F(5.0), 2.0))
print(add(I(3), 4), add(4, I(3)), add(I(1), 2.5), sub_mul(I(6), 2))
print(add(S('x'), 'y'), add('y', S('x')), add(S('a'), S('b')))
print(eq(F(1.0), 1.0), eq(1.0, F(1.0)), eq(S('a'), 'a'), eq('a', S('a')))
print(lt(F(9.0), 1.0), lt(1.0, F(9.0)), lt(I(0), 5.5), lt(S('z'), 'a'), lt('z', S('a')))
print(branch(F(9.0), 1.0), branch(I(0), 1.5), branch(S('z'), 'a'), branch(1.0, Num(1)))
print(add(1.5, Num(2)), add(2, Num(2)), add('s', Num(0)), sub_mul(1.5, Num(0)))
print(eq(1.5, Num(1)), lt(1.5, Num(1)))
print(add(Plain(1.5), 2.0), type(add(Plain(1.5), 2.0)).__name__, lt(Plain(1.0), 2))
p = Plain(2.5)
q = p + 0.5
print(p, q, type(p).__name__, type(q).__name__)
print(loop_sum([1.0, F(0.5)], 0.0), loop_sum([1.5, 2.5], 0.0), loop_sum(['b', S('c')], 'a'))
try:
    add(1.5, 'x')
except TypeError as e:
    print('TypeError', e)
try:
    lt('a', 1.5)
except TypeError as e:
    print('TypeError', e)
try:
    branch(1.5, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    add('a', 1)
except TypeError as e:
    print('TypeError', e)
