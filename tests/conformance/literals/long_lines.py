xs = [
    1,
    2,
    3,
]
d = {
    "a": 1,
    "b": 2,
}
total = (1 +
         2 +
         3)
s = ("implicit "
     "concatenation")
print(xs, d, total, s)
y = 1 + \
    2
print(y)
if (1 < 2 and
        3 < 4):
    print("ok")
