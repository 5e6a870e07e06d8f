# Generators suspended in the middle of float and str expressions and
# resumed with values of other types: the operands already on the value
# stack stay as they were, the specialised forms see what was sent.


def running():
    total = 0.0
    while True:
        x = yield total
        total = total + x * 0.5
        if total > 100.0:
            return total


def mid_expression():
    a = 1.5
    b = a + (yield a) * 2.0
    c = (yield b) - a
    s = 'x' + (yield c)
    yield s == 'xy', s < 'xz', s


g = running()
next(g)
for v in [1, 2.5, 10, 3.25, -4.0]:
    print(g.send(v))
try:
    for v in range(100):
        g.send(float(v))
except StopIteration as e:
    print('returned', e.value)

g = mid_expression()
print(next(g), g.send(4), g.send(0.5), g.send('y'))

g = mid_expression()
next(g)
try:
    g.send('s')
except TypeError as e:
    print('TypeError', e)


def pipeline(n):
    for i in range(n):
        f = i / 4.0
        if f < 2.5:
            yield f
        elif f == 3.0:
            yield -0.0
        else:
            yield f * f


print(list(pipeline(16)))
print(sum(x for x in pipeline(1000) if x != 0.0))
