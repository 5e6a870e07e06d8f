def make_divider(d):
    def divide(x):
        return x // d
    return divide
half = make_divider(2)
zero = make_divider(0)
print(half(10))
print(zero(10))
