def probe(subject):
    match subject:
        case (x, 3):
            print("case 1", x)
        case [a, [b, *rest]] if a > 10:
            print("case 2", a, b, rest)
        case {"k": ([p, _] | p) as whole} if p == 0:
            print("case 3", p, whole)
        case ([q, r] | (r, q, _)):
            print("case 4", q, r)
        case _:
            pass
    for name in ("x", "a", "b", "rest", "p", "whole", "q", "r"):
        print(name, name in locals(), end="; ")
    print()

probe((1, 2))
probe([5, [6, 7]])
probe([50, [6, 7, 8]])
probe({"k": [9, 1]})
probe({"k": 0})
probe({"k": [0, 1]})
probe((1, 2, 3))
probe([1, 2])

def alt_orders(v):
    match v:
        case {"a": x, "b": y} | {"c": y, "d": x} | [y, x]:
            return x, y
print(alt_orders({"a": 1, "b": 2}), alt_orders({"c": 1, "d": 2}), alt_orders([1, 2]))

def nested(v):
    match v:
        case [[a, b] | [b, a, _], ([c] | c) as d, *e]:
            return a, b, c, d, e
print(nested([[1, 2], 3, 4, 5]), nested([[1, 2, 0], [7]]))
def guard_reads(v):
    match v:
        case [n, m] if n + m > 3:
            return "big", n, m
        case [n, m]:
            return "small", n, m
print(guard_reads([1, 1]), guard_reads([2, 2]))
