for n in [-5, 0, 5]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
f = (lambda v: "even" if v % 2 == 0 else "odd")
print([f(i) for i in range(5)])
def pick(flag):
    return [1, 2] if flag else (3, 4)
print(pick(True), pick(False))
print((1 if True else 2) + 10)
