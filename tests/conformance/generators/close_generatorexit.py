def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

g = catcher()
next(g)
g.close()

def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignorer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returner():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
g = returner()
next(g)
print(g.close())
try:
    raise GeneratorExit
except Exception:
    print("an Exception")
except BaseException as e:
    print("a BaseException:", repr(e))
