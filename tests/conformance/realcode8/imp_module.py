# imp, the module CPython 3.11 keeps for old code: libraries written for both Python
# lines (future's past.builtins) import reload from it.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import imp
print([w.category.__name__ for w in caught], 'deprecated' in str(caught[0].message))
print(imp.reload.__name__, imp.PY_SOURCE, imp.C_BUILTIN, imp.PKG_DIRECTORY)
m = imp.new_module('scratch')
print(type(m).__name__, m.__name__, 'scratch' in __import__('sys').modules)
exec('x = 40 + 2', m.__dict__)
print(m.x, imp.get_magic(), imp.is_builtin('sys'), imp.is_builtin('nonesuch'), imp.get_suffixes()[-2:][-1][0] in ('.py', '.pyc'))
imp.acquire_lock()
print(imp.lock_held())
imp.release_lock()
print(imp.lock_held())
try:
    imp.release_lock()
except RuntimeError as e:
    print('RuntimeError', e)
