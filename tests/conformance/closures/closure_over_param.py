def make(prefix, sep=": "):
    def fmt(msg):
        return prefix + sep + msg
    return fmt
err = make("ERR")
warn = make("WARN", " - ")
print(err("disk full"))
print(warn("low memory"))
print(err.__code__.co_freevars, [c.cell_contents for c in warn.__closure__])
def rebinding_param(v):
    def get():
        return v
    v = v * 2
    return get
print(rebinding_param(21)())
print(rebinding_param.__code__.co_varnames)
