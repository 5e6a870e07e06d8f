class Base:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.registry.append(cls.__name__)

class Mid(Base):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tagged = True

class Leaf(Mid):
    pass

print(Base.registry, Leaf.tagged, hasattr(Mid, 'tagged'))
print(type(Base.__dict__['__init_subclass__']).__name__)

class Sized:
    def __class_getitem__(cls, n):
        return '%s[%r]' % (cls.__name__, n)
class Sub(Sized):
    pass
print(Sized[3], Sub['x'], type(Sized.__dict__['__class_getitem__']).__name__)
