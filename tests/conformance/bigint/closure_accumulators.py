def make_acc(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add

acc = make_acc(2**62)
for i in range(5):
    acc(2**62)
print(acc(0))
mul = [lambda x, k=k: x * k for k in (10**10, 10**20, 10**30)]
x = 1
for f in mul:
    x = f(x)
print(x, x == 10**60)

def counter():
    n = 2**64 - 3
    def step():
        nonlocal n
        n += 1
        return n
    return step

c = counter()
print([c() for _ in range(5)])
compose = lambda f, g: lambda x: f(g(x))
sq = lambda x: x * x
print(compose(sq, sq)(2**20), compose(sq, compose(sq, sq))(3**10))
