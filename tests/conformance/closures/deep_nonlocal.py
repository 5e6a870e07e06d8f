def top():
    n = 0
    def mid():
        def bottom():
            nonlocal n
            n += 1
            return n
        return bottom
    b1 = mid()
    b2 = mid()
    b1(); b1(); b2()
    return n, b1, b2
n, b1, b2 = top()
print(n, b1(), b2(), b1())
print(b1.__closure__[0] is b2.__closure__[0])
def a():
    x = 1
    def b():
        x = 2
        def c():
            nonlocal x
            x += 10
            return x
        c()
        return x
    return b(), x
print(a())
