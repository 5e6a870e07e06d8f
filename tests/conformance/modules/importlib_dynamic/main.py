import importlib
import sys

names = ['alpha', 'beta']
loaded = [importlib.import_module('plugins.' + n) for n in names]
print([m.__name__ for m in loaded], [m.run() for m in loaded])
print(importlib.import_module('plugins') is sys.modules['plugins'])
rel = importlib.import_module('.alpha', package='plugins')
print(rel is loaded[0])
m = __import__('plugins.beta')
print(m.__name__, m.beta.run())
m2 = __import__('plugins.beta', fromlist=['run'])
print(m2.__name__)
print(__import__('sys') is sys)
try:
    importlib.import_module('plugins.gamma')
except ModuleNotFoundError as e:
    print(e)
try:
    importlib.import_module('.x')
except TypeError as e:
    print(e)
try:
    __import__('')
except ValueError as e:
    print(e)
