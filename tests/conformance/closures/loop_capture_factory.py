def make_adder(n):
    return lambda x: x + n
adders = [make_adder(i) for i in range(5)]
print([a(100) for a in adders])
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
mults = []
for k in range(1, 4):
    mults.append(make_multiplier(k))
print([m(7) for m in mults])
print([m.__closure__[0].cell_contents for m in mults])
print(mults[0].__code__.co_freevars)
