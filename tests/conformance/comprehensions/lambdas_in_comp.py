fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
hs = [(lambda j: lambda: j)(i) for i in range(3)]
print([h() for h in hs])
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[n](10) for n in adders])
muls = [lambda x: x * m for m in [2, 3]]
print([f(5) for f in muls])
print(fs[0].__code__.co_freevars, gs[0].__defaults__)
