# ZeroDivisionError inside a fused local = local op local run: the traceback
# names its line, not the loop's.


def f(n):
    t = 100
    for i in range(n):
        d = 3 - i
        t = t // d
    return t


print(f(3))
print(f(5))
