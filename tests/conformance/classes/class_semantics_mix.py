# Setting a class's special attributes: CPython's refusals.
class A:
    def __init__(self):
        self.x = 1
try:
    A.__name__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    A.__name__ = 'a\x00b'
except ValueError as e:
    print('ValueError', e)
print(A.__name__)
A.__qualname__ = 'Q'
print(A.__qualname__, A.__name__)
try:
    A.__qualname__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    A.__mro__ = ()
except AttributeError as e:
    print('AttributeError', e)
print([k.__name__ for k in A.__mro__])
try:
    type('X', (A, A), {})
except TypeError as e:
    print('TypeError', e)
try:
    A.__dict__['z'] = 1
except TypeError as e:
    print('TypeError', e)
