def outer():
    def inner():
        return zq
    print("calling inner early")
    inner()
    zq = 1
outer()
