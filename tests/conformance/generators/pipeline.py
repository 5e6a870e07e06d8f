def numbers(n):
    for i in range(n):
        yield i

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

def scaled(xs, factor):
    for x in xs:
        yield x * factor

pipe = scaled(evens(numbers(10)), 3)
print(list(pipe))

def take(n, xs):
    for x in xs:
        if n <= 0:
            return
        n -= 1
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(take(5, scaled(naturals(), 10))))
print(sum(x for x in take(4, naturals())))
