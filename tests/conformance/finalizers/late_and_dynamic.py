# A __del__ given to a class after its instance exists, and one in a class
# made by type(): both run when the instance is freed.
class A:
    pass
a = A()
A.__del__ = lambda self: print('late del')
del a
print('after')
B = type('B', (), {'__del__': lambda self: print('type() del')})
b = B()
b = None
print('end')
