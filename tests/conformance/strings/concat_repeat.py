a = "foo"
b = "bar"
print(a + b)
print(a * 3)
print(3 * b)
print(a * 0)
print(a * -1)
print("-" * 20)
s = ""
for i in range(5):
    s += str(i)
print(s)
s += "!"
print(s)
print(len(a + b))
