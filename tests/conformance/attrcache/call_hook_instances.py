# Calling instances whose class gains, changes and loses __call__.
class F:
    def __call__(self, x):
        return x + 1


f = F()
s = 0
for i in range(50):
    s += f(i)
print(s)
F.__call__ = lambda self, x: x * 2
print(f(21))
del F.__call__
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)


class G(F):
    pass


F.__call__ = lambda self, *a: ("F", a)
print(G()(1, 2))
