s = "hello"
t = s
s += " world"
print(s)
print(t)
u = s.upper()
print(s, u)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
print(s[0].upper() + s[1:])
