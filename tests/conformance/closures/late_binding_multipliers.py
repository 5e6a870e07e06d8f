# Late binding against default-argument binding of multipliers.

def make_multipliers():
    return [lambda x: i * x for i in range(4)]

def make_multipliers_fixed():
    return [lambda x, i=i: i * x for i in range(4)]

late = make_multipliers()
fixed = make_multipliers_fixed()
print("Late binding:", [m(2) for m in late])
print("Default args:", [m(2) for m in fixed])
print("Free vars:", late[0].__code__.co_freevars)
print("Cell contents:", [m.__closure__[0].cell_contents for m in late])
print("Defaults:", [m.__defaults__ for m in fixed])
