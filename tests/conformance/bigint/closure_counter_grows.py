def doubler(start):
    value = start
    def step():
        nonlocal value
        value *= 2
        return value
    return step
d = doubler(1)
for _ in range(62):
    last = d()
print(last)
print(d.__closure__[0].cell_contents)
d()
