def f(a, b=2):
    c = a + b
    snap = locals()
    snap["c"] = 1000
    snap["new"] = 1
    return c, sorted(k for k in snap)

print(f(1))

def outer():
    captured = "cell"
    def inner():
        local_var = 1
        return sorted(locals().items())
    print(captured)
    return inner()
print(outer())
print(locals() is globals())
