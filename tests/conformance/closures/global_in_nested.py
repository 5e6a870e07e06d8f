total = 0
def outer():
    total = "outer's"
    def inner():
        global total
        total += 1
        return total
    inner(); inner()
    return total
print(outer(), total)
def reader():
    def inner():
        return total
    return inner
print(reader()(), reader().__closure__)
def mixed():
    n = 0
    def bump():
        global total
        nonlocal n
        n += 1
        total += 100
    bump(); bump()
    return n
print(mixed(), total)
