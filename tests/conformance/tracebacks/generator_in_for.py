def gen():
    yield 1
    raise ValueError("g")
for item in gen():
    print(item)
