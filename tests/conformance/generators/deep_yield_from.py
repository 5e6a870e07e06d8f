def chain(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from chain(n - 1)
    return r + 1

g = chain(50)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)

def count_down(n):
    while n:
        yield n
        n -= 1
total = 0
for x in count_down(20000):
    total += x
print(total)
