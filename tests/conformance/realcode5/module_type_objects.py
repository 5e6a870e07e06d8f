# Module objects made by a program: types.ModuleType(name, doc) and classes
# deriving from it (lazy modules, modules with class-level attributes), as
# compatibility layers build them and put them in sys.modules.
import sys
import types

m = types.ModuleType('scratch', 'made by hand')
print(m, m.__name__, m.__doc__, m.__package__, m.__loader__, m.__spec__)
m.value = 42
print(m.value, sorted(k for k in vars(m) if not k.startswith('__')))
print(type(m) is type(sys), isinstance(m, types.ModuleType))
print(types.ModuleType('nodoc').__doc__)

for bad in [(), (1,)]:
    try:
        types.ModuleType(*bad)
    except TypeError as e:
        print('TypeError:', e)


class Lazy(types.ModuleType):
    """Attributes computed on first use, then cached on the instance."""
    greeting = 'class-level'

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        value = name.upper()
        setattr(self, name, value)
        return value

    def __dir__(self):
        return ['alpha', 'beta']


lazy = Lazy('lazy_mod', 'a lazy module')
print(lazy.__name__, lazy.__doc__, lazy.greeting, lazy.alpha, 'alpha' in vars(lazy))
print(type(lazy).__name__, isinstance(lazy, types.ModuleType), dir(lazy))
print(repr(lazy))


class Explicit(types.ModuleType):
    def __init__(self, name, extra):
        types.ModuleType.__init__(self, name)
        self.extra = extra


e = Explicit('explicit_mod', [1, 2])
print(e.__name__, e.extra, e.__doc__)


class NoInit(types.ModuleType):
    pass


n = NoInit('plain_sub', 'doc here')
print(n.__name__, n.__doc__, type(n).__mro__[1] is types.ModuleType)

# registered in sys.modules, the object is what `import` gives back, and a
# `__path__` makes it a package for `from ... import`
sys.modules['lazy_mod'] = lazy
import lazy_mod
print(lazy_mod is lazy, lazy_mod.gamma)
from lazy_mod import delta
print(delta)
