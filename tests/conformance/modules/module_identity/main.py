import mod
import sys
print(mod.get_globals() is mod.__dict__, mod.f.__globals__ is vars(mod))
print(mod.C.__module__, mod.C().m.__module__, mod.f.__module__)
print(globals() is sys.modules['__main__'].__dict__, __name__)
print(sorted(k for k in vars(mod) if not k.startswith('__')))
print(mod.__spec__ if False else 'no spec printed', type(mod).__name__, isinstance(mod, type(sys)))
print(mod.__package__ == '', mod.__doc__)
