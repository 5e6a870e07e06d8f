# str % x and bytes % x format x even when x's class defines __rmod__, unless
# that class is a subclass of str/bytes overriding it; the other binary
# operators of builtin values leave a non-subclass operand's reflected method
# its turn.
from collections import UserString

print('[%s]' % UserString('x'))
print('%s|%s' % (UserString('a'), UserString('b')))
print(repr(UserString('%s!') % 'y'))


class R:
    def __repr__(self):
        return 'R()'

    def __bytes__(self):
        return b'Rb'

    def __rmod__(self, other):
        return 'R.__rmod__'


for left in ('<%s>', '<%r>', b'<%b>', bytearray(b'<%b>')):
    print(repr(left % R()))
s = '{%s}'
s %= R()
print(s)
try:
    print('%d' % R())
except TypeError as e:
    print('TypeError:', e)


class S(str):
    def __rmod__(self, other):
        return 'S.__rmod__ first'


class T(str):
    pass


print('%s' % S('v'))
print('<%s>' % T('t'))
print(T('<%s>') % R())


class Every:
    def __repr__(self):
        return 'Every()'


names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
         'and', 'or', 'xor', 'matmul']
for n in names:
    setattr(Every, '__r%s__' % n, (lambda n: lambda self, other: 'r' + n)(n))

ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('**', lambda a, b: a ** b), ('<<', lambda a, b: a << b), ('>>', lambda a, b: a >> b),
       ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b),
       ('@', lambda a, b: a @ b)]
for left in (3, 2.5, 1j, True, 'ab%r', b'ab%r', [1], (1,), {1}, {1: 2}, range(2)):
    row = []
    for sym, f in ops:
        try:
            row.append(f(left, Every()))
        except TypeError as e:
            row.append('TypeError')
    print(type(left).__name__, row)
