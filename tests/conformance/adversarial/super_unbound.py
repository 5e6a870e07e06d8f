# An unbound super object (super(C), no second argument): its repr, its
# attributes, and assigning through a super object.
class A:
    def m(self):
        return 'A.m'
    x = property(lambda self: 'prop')
class B(A):
    def set_x(self):
        super().x = 5
    def set_y(self):
        super().y = 5
s = super(B)
print(repr(s))
print(s.__thisclass__.__name__, s.__self__, s.__self_class__)
try:
    s.m
except AttributeError as e:
    print('AttributeError', e)
print(repr(super(B, B())), repr(super(B, B)), repr(super(int, 1)))
for f in (B().set_x, B().set_y):
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)
print(str(super(B))[:15])
