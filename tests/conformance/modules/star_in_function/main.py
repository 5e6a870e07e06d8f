def f():
    from names import *
f()
