a, b = 6, 7
print(f"{a}{b}")
print(f"{a} * {b} = {a * b}, {a}/{b} = {a / b:.4f}")
print(f"{a!r}{b!s}{'x'!r}")
s = f"{a}" + f"{b}"
print(s, type(s).__name__)
print(f"{a}" f"{b}" "plain")
print(f"{'{'}{'}'}")
msg = f"{'nested ' + f'{a}'}"
print(msg)
