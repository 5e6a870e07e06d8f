def outer():
    a = 1
    b = "two"
    def uses_both():
        return a, b
    def uses_one():
        return b
    def uses_none():
        return 42
    return uses_both, uses_one, uses_none
both, one, none = outer()
print(len(both.__closure__), len(one.__closure__))
print(none.__closure__)
print(type(both.__closure__).__name__)
print([c.cell_contents for c in both.__closure__])
print(both.__closure__[1] is one.__closure__[0])
print(type(both.__closure__[0]).__name__)
print(both.__code__.co_freevars, one.__code__.co_freevars, none.__code__.co_freevars)
def top():
    pass
print(top.__closure__, top.__code__.co_freevars)
