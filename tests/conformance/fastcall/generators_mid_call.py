# Generators thrown into and closed while suspended inside calls made
# through the fast path: a yield inside a try in a function called per
# item, yield from chains, close() running finally blocks that call.
log = []


def note(x):
    log.append(x)
    return x


def worker(n):
    try:
        for i in range(n):
            got = yield note(i)
            if got is not None:
                note(("sent", got))
    except KeyError as e:
        note(("caught", str(e)))
        yield "recovered"
    finally:
        note("finally")


def relay(n):
    result = yield from worker(n)
    note(("relay done", result))


g = relay(5)
print(next(g), next(g), g.send("x"))
print(g.throw(KeyError("k")))
g.close()
print(log)
log.clear()

g = worker(3)
next(g)
g.close()
print(log)
log.clear()


def thrower(gen):
    return gen.throw(ValueError("v"))


def catcher():
    while True:
        try:
            yield note("wait")
        except ValueError as e:
            note(("got", str(e)))


c = catcher()
next(c)
for _ in range(3):
    thrower(c)
c.close()
print(log)
log.clear()


def uncaught():
    yield note(1)
    yield note(2)


u = uncaught()
next(u)
try:
    thrower(u)
except ValueError as e:
    print("propagated", e)
print(list(u), log)


def closing_calls():
    try:
        yield 1
    finally:
        note(sum(note(i) for i in range(3)))


cg = closing_calls()
next(cg)
del cg
print(log)


def gen_calls_gen(n):
    for x in worker(n):
        yield x * 2


print(list(gen_calls_gen(3)))
