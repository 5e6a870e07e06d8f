name = "World"
n = 3
print(f"Hello, {name}!")
print(f"{n} + {n} = {n + n}")
print(f"{name.upper()} {len(name)}")
print(f"{[1, 2, 3]}")
print(f"{ {'a': 1} }")
print(f"{None} {True} {1.5}")
print(f"{{literal}} {n}")
print(f"")
print(f"no fields")
print(F"capital F {n}")
x = 10
print(f"{x * 2 if x > 5 else x}")
print(f"{'quoted'}")
