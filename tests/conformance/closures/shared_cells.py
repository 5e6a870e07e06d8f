def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    def inc():
        nonlocal value
        value += 1
    return get, set_, inc
get, set_, inc = pair()
print(get())
set_(41)
inc()
print(get())
print(get.__closure__[0] is set_.__closure__[0])
print(get.__closure__[0] is inc.__closure__[0])
g2, s2, i2 = pair()
s2(-1)
print(get(), g2())
print(get.__closure__[0] is g2.__closure__[0])
