from names import *
print(a, b)
try:
    _c
except NameError as e:
    print(e)
print(sorted(k for k in dir() if not k.startswith('__')))
