def inner():
    yield 1
    return {}["missing"]

def outer():
    yield from inner()

for v in outer():
    print(v)
