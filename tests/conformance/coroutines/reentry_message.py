# Resuming a coroutine or a generator from inside itself: the ValueError names its kind.
async def co(op):
    if op == "s":
        c.send(None)
    if op == "t":
        c.throw(KeyError)
    if op == "c":
        c.close()
for op in "stc":
    c = co(op)
    try:
        c.send(None)
    except ValueError as e:
        print(op, "coroutine:", e)
def gen(op):
    if op == "s":
        g.send(None)
    if op == "t":
        g.throw(KeyError)
    if op == "c":
        g.close()
    yield
for op in "stc":
    g = gen(op)
    try:
        next(g)
    except ValueError as e:
        print(op, "generator:", e)
