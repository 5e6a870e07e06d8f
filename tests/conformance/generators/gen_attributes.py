def outer():
    def my_gen():
        yield 1
    return my_gen

g = outer()()
print(g.__name__, g.__qualname__)
print(g.gi_running, g.gi_suspended)
next(g)
print(g.gi_suspended, g.gi_code.co_name)
print(list(g), g.gi_suspended)
ge = (i for i in [])
print(ge.__name__, ge.__qualname__)
print(iter(g) is g)
def f():
    yield from g2()
def g2():
    yield 1
x = f()
next(x)
print(x.gi_yieldfrom.__name__)
