from functools import singledispatch

@singledispatch
def describe(obj):
    return 'something: ' + repr(obj)

@describe.register(int)
def _(obj):
    return 'an int: %d' % obj

@describe.register(list)
def _(obj):
    return 'a list of ' + ', '.join(describe(x) for x in obj)

@describe.register
def _(obj: str):
    return 'a string: ' + obj

class Base: pass
class Derived(Base): pass

@describe.register(Base)
def _(obj):
    return 'a ' + type(obj).__name__

print(describe(3))
print(describe('hi'))
print(describe([1, 'a', 2.5]))
print(describe(Derived()))
print(describe(True))
print(describe.dispatch(bool).__name__, describe.__name__)
