import m
print(m.__name__, m.__doc__)
print(sorted(k for k in m.__dict__ if k.startswith('__') and k not in ('__builtins__', '__loader__', '__spec__', '__cached__')))
m.new_attr = 5
print(m.new_attr, m.__dict__['new_attr'])
del m.new_attr
try:
    m.new_attr
except AttributeError as e:
    print(e)
print(vars(m) is m.__dict__)
