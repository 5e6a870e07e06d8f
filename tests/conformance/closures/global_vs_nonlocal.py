x = "global x"
def outer():
    x = "outer x"
    def use_global():
        global x
        x = "set by use_global"
    def use_nonlocal():
        nonlocal x
        x = "set by use_nonlocal"
    use_global()
    print("after global:", x)
    use_nonlocal()
    print("after nonlocal:", x)
outer()
print("module:", x)
def reader():
    def inner():
        return x
    return inner
print(reader()())
print(reader().__closure__)
def shadow():
    x = "shadow"
    def inner():
        global x
        return x
    return inner()
print(shadow())
