handlers = []

def on(event):
    def register(fn):
        handlers.append((event, fn))
        return fn
    return register

@on("tick")
def ticker(n):
    for i in range(n):
        yield "tick %d" % i

@on("tock")
def tocker(n):
    yield from ("tock %d" % i for i in range(n))

def dispatch(event, n):
    for name, fn in handlers:
        if name == event:
            yield from fn(n)

print(list(dispatch("tick", 2)), list(dispatch("tock", 3)))
