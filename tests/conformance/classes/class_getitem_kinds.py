# __class_getitem__ as a plain function (a class method by CPython's rule), a classmethod,
# a staticmethod, inherited, raising, or not callable; a metaclass __getitem__ wins.
class A:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class B:
    @classmethod
    def __class_getitem__(cls, item):
        return ('cm', cls.__name__, item)
class C:
    @staticmethod
    def __class_getitem__(item):
        return ('static', item)
class D(A):
    pass
print(A[int], A[1, 2], B['x'], C[3], D['y'])
class E:
    def __class_getitem__(cls, item):
        raise LookupError(item)
try:
    E['k']
except LookupError as e:
    print('LookupError', e)
class F:
    __class_getitem__ = 5
try:
    F[1]
except TypeError as e:
    print('TypeError', e)
class M(type):
    def __getitem__(cls, k):
        return 'meta ' + str(k)
class G(metaclass=M):
    def __class_getitem__(cls, k):
        return 'cgi'
print(G[1])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
try:
    int[1]
except TypeError as e:
    print('TypeError', e)
