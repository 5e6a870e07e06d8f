def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
next(a)
print(a.send(10))
print(a.send(30))
print(a.send(5))

def running_sum():
    s = 0
    while True:
        x = yield s
        if x is None:
            return s
        s += x
r = running_sum()
next(r)
for v in [1, 2, 3]:
    print(r.send(v))
try:
    r.send(None)
except StopIteration as e:
    print("final", e.value)
