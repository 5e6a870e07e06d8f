def check(n):
    assert n >= 0, "n must be non-negative, got " + str(n)
    return n
print(check(1))
print(check(-5))
