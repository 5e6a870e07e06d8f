# A metaclass's own mro() is called when each of its classes is made, and what it returns
# is the class's __mro__ (attribute lookup follows it); type.mro(C) stays the C3 order.
class Base2:
    x = 'from Base2'
class Meta(type):
    def mro(cls):
        print("mro() of", cls.__name__)
        if cls.__name__ == 'C':
            return [cls, Base2, object]
        return super().mro()
class A(metaclass=Meta):
    x = 'from A'
class C(A):
    pass
print(C.__mro__, C.x, isinstance(C(), Base2), issubclass(C, A))
print(type.mro(C), C.mro(), A.mro())
class D(C):
    pass
print(D.__mro__, D.x)
class Reorder(type):
    def mro(cls):
        default = type.mro(cls)
        return default[:1] + default[1:-1][::-1] + default[-1:]
class P:
    who = 'P'
class Q:
    who = 'Q'
class R(P, Q, metaclass=Reorder):
    pass
print(R.__mro__, R.who, R.mro())
class AsTuple(type):
    def mro(cls):
        return tuple(super().mro())
class T(metaclass=AsTuple):
    pass
print(T.__mro__)
for bad in ([5], [object, 'x']):
    class BadMeta(type):
        def mro(cls, bad=bad):
            return [cls] + bad
    try:
        class E(metaclass=BadMeta):
            pass
    except TypeError as e:
        print('TypeError:', e)
class Fails(type):
    def mro(cls):
        raise ValueError('no order for ' + cls.__name__)
try:
    class F(metaclass=Fails):
        pass
except ValueError as e:
    print('ValueError:', e)
class NotIterable(type):
    def mro(cls):
        return 42
try:
    class G(metaclass=NotIterable):
        pass
except TypeError as e:
    print('TypeError:', e)
print(int.mro(), bool.mro(), type.mro(type))
class Plain:
    pass
class Sub(Plain):
    pass
print(Sub.mro(), type.mro(Sub) == list(Sub.__mro__))
