# class keywords reach the parent's __init_subclass__, evaluated before the body
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print('init_subclass', cls.__name__, tag, kw)

class A(Base, tag='a'):
    pass

class B(A):
    pass

print(A.tag, B.tag)
try:
    class C(Base, tag='c', extra=1):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class D(object, x=1):
        pass
except TypeError as e:
    print('TypeError:', e)

def order(x):
    print('eval', x)
    return x
class E(order(Base), tag=order('kw')):
    print('body')

registry = {}
class Plugin:
    def __init_subclass__(cls, name, priority=0, **rest):
        super().__init_subclass__(**rest)
        registry[name] = (cls, priority)

class Json(Plugin, name='json', priority=2):
    pass

class Yaml(Plugin, name='yaml'):
    pass

print(sorted((k, v[0].__name__, v[1]) for k, v in registry.items()))
try:
    class Bad(Plugin):
        pass
except TypeError as e:
    print('TypeError:', e)

def make(prefix):
    class Tagged(Base, tag=prefix + '!'):
        def who(self):
            return prefix
    return Tagged
print(make('x').tag, make('y')().who())
