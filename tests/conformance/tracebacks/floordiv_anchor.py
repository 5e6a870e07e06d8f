def outer():
    def inner(n):
        return n // 0
    return inner(5)
print(outer())
