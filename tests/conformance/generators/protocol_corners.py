# yield from return values, send/throw/close corners, gi_frame, StopIteration
# in a generator, and f-string corners (nested specs, =, !r of containers).
def inner():
    x = yield 1
    print("inner got", x)
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    y = yield 2
    return y
g = outer()
print(next(g)); print(g.send("A")); 
try: g.send("B")
except StopIteration as e: print("stop", e.value)
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "after-throw"
    finally:
        print("finally")
g = gen(); next(g)
print(g.throw(ValueError("boom")))
g.close()
def gen2():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
g = gen2(); next(g); g.close(); print(g.gi_frame is None)
def gen3():
    try: yield 1
    except GeneratorExit: yield 2
g = gen3(); next(g)
try: g.close()
except RuntimeError as e: print(e)
def g4():
    yield 1
    return 5
print(list(g4()))
it = g4(); next(it)
try: next(it)
except StopIteration as e: print(e.value, e.args)
def g5():
    raise StopIteration("x")
    yield
try: next(g5())
except RuntimeError as e: print(e, type(e.__cause__).__name__)
print(f"{'a'!r:>6}|{[1,'b']!r}|{ {'k': 1} }|{3.14159:.{2}f}|{'x'*3=}|{1+1 = }")
w = 10; p = 3
print(f"{3.14159:{w}.{p}}|{'s':{'^'}{w}}|{42:#x}|{-5:+d}|{1234567:,}|{0.5:%}")
print(f"{'nested {braces}'}", f"{{literal}}", f"{ (lambda: 5)() }")
x = [1, 2]
print(f"{x=}", f"{x!s:>10}", f"{x[0]=:>5}")
