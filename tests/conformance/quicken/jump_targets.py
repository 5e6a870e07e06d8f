# Branches that land next to and between candidate runs of fused
# instructions: loop heads, continue/break, while/else, conditional
# expressions, short-circuit operators, exception handlers and finally.


def loops(n):
    t = 0
    i = 0
    while i < n:
        i = i + 1
        if i % 3 == 0:
            continue
        t = t + i
        if t > 40:
            break
    else:
        t = t - 1000
    return t, i


def ternary(a, b):
    c = a if a > b else b
    d = (a or b) + (a and b)
    e = a + (b if b else 1)
    return c, d, e


def handlers(n):
    t = 0
    for i in range(n):
        try:
            t = t + 10 // (i - 2)
        except ZeroDivisionError:
            t = t + 100
        finally:
            t = t + 1
    return t


def nested(n):
    t = 0
    for i in range(n):
        for j in range(i):
            if j % 2:
                t = t + j
            else:
                t = t - 1
        t = t * 2
    return t


def chain(a, b, c):
    return a < b < c, a < b > c, a == b == c


print(loops(10), loops(100), loops(0))
print(ternary(1, 2), ternary(5, 0), ternary(0, 0))
print(handlers(6))
print(nested(7))
print(chain(1, 2, 3), chain(1, 3, 2), chain(2, 2, 2))


def match_it(v):
    x = 0
    match v:
        case 1:
            x = x + 1
        case [a, b]:
            x = a + b
        case _:
            x = x - 1
    return x


print(match_it(1), match_it([3, 4]), match_it("z"))
