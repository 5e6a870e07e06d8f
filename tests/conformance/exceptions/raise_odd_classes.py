# raise of a class whose construction answers something else, of non-exceptions, and
# format codes shown escaped; CPython's messages.
class Weird(Exception):
    def __new__(cls, *a):
        return 42
try:
    raise Weird
except TypeError as e:
    print('TypeError', e)
class Weird2(Exception):
    def __init__(self):
        raise KeyError('init')
try:
    raise Weird2
except KeyError as e:
    print('KeyError', e)
for v in ['s', 1, None, int, type, [ValueError]]:
    try:
        raise v
    except TypeError as e:
        print(repr(v), 'TypeError', e)
for v in (1+2j, 12345, 1.5, 'x'):
    for spec in ('  ', 'c', 'x', '\x01'):
        try:
            format(v, spec)
        except ValueError as e:
            print(type(v).__name__, repr(spec), e)
def g():
    yield
gen = g()
next(gen)
for args in ((5,), (ValueError, 'x', 'tb'), (ValueError(1), 2), (ValueError, 'v', None)):
    try:
        gen.throw(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    gen = g()
    next(gen)
