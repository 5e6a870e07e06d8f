print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print(None or "default")
print("" or [] or 0)
print("a" and "b" and "c")
print("a" and "" and "c")
print([] or {} or "last")
print(not 0, not 1, not "", not "x")
def side(v):
    print("side", v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
x = None
name = x or "anonymous"
print(name)
