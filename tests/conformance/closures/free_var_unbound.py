def outer():
    def inner():
        return value
    r = []
    try:
        r.append(inner())
    except NameError as e:
        r.append(type(e).__name__ + ": " + str(e))
    value = "ready"
    r.append(inner())
    return r
for line in outer():
    print(line)
