def g():
    yield me.send(None)

me = g()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def h():
    yield next(me2)
me2 = h()
try:
    list(me2)
except ValueError as e:
    print("ValueError:", e)
print(me2.gi_running)
