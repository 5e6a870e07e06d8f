from contextlib import contextmanager

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('html') as t:
    print('body of', t)
    with tag('p'):
        print('text')

try:
    with tag('div'):
        raise KeyError('oops')
except KeyError as e:
    print('propagated', repr(e))

@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print('swallowed', type(e).__name__, e)

with swallow(ValueError, ZeroDivisionError):
    1 / 0
print('after')
print(tag.__name__, tag.__wrapped__.__name__)
