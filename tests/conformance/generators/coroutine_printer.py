def coroutine(fn):
    def start(*args):
        g = fn(*args)
        next(g)
        return g
    return start

@coroutine
def printer(prefix):
    while True:
        line = yield
        print(prefix + line)

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

p = printer(">> ")
g = grep("py", p)
for line in ["python", "ruby", "pypy", "c"]:
    g.send(line)
g.close()
p.close()
