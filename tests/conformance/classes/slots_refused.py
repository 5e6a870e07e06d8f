# __slots__ that CPython refuses: not strings, not identifiers, __dict__ twice, a name that
# is also a class variable; the accepted ones give member descriptors.
for sl in [5, [1], ('a', 'a'), ('__dict__', '__dict__'), '1a', ('a b',), '', ('ok', '_x2')]:
    try:
        class C:
            __slots__ = sl
        print(repr(sl), 'ok', sorted(k for k in vars(C) if not k.startswith('__')))
    except Exception as e:
        print(repr(sl), type(e).__name__, e)
try:
    class S:
        __slots__ = ('a',)
        a = 5
except ValueError as e:
    print('ValueError', e)
class T:
    __slots__ = ('x', '__private')
t = T()
try:
    t.y = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    print(t.x)
except AttributeError as e:
    print('AttributeError', e)
t.x = 3
print(t.x, sorted(k for k in vars(T) if 'private' in k))
