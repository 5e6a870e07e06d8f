def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)
vol = curry3(lambda a, b, c: a * b * c)
print(vol(2)(3)(4))
step1 = vol(5)
step2 = step1(6)
print(step2(1), step2(2), step1(1)(1))
print(step2.__code__.co_freevars)
print(sorted(type(c.cell_contents).__name__ for c in step2.__closure__))
def chain():
    log = []
    def add(x):
        log.append(x)
        return add
    return add, log
add, log = chain()
add(1)(2)(3)
print(log)
