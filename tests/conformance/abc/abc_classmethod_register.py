from abc import ABC, abstractmethod

class Plugin(ABC):
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
    @classmethod
    @abstractmethod
    def create(cls):
        pass

class A(Plugin):
    @classmethod
    def create(cls):
        return cls()

class B(Plugin):
    pass

print(Plugin.registry, type(A.create()).__name__)
try:
    B()
except TypeError as e:
    print(e)
print(Plugin.register(int) is int)
