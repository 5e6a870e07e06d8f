def setter(name, value):
    globals()[name] = value

setter("dynamic", 123)
print(dynamic)
g = globals()
g["other"] = "via dict"
print(other)
def reader():
    return globals()["dynamic"] + 1
print(reader())
