def make_counter():
    count = 0
    def ticks(limit):
        nonlocal count
        while count < limit:
            count += 1
            yield count
    def value():
        return count
    return ticks, value

ticks, value = make_counter()
print(list(ticks(3)), value())
t = ticks(5)
print(next(t), value())
print(list(t), value())
