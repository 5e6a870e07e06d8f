def factory():
    secret = [1, 2, 3]
    def reveal():
        return secret
    def grow():
        secret.append(len(secret) + 1)
    return reveal, grow
reveal, grow = factory()
grow(); grow()
print(reveal())
del grow
print(reveal())
factory = None
print(reveal(), reveal.__closure__[0].cell_contents)
fs = [(lambda v: lambda: v)(x) for x in "abc"]
print("".join(f() for f in fs))
