def total(*args):
    return sum(args)
print(total(), total(1), total(1, 2, 3))
def show(first, *rest):
    print(first, rest, type(rest).__name__)
show(1)
show(1, 2, 3)
def kw(**kwargs):
    return kwargs
print(kw(), kw(a=1, b=2))
def mixed(a, b=0, *args, **kw):
    return a, b, args, kw
print(mixed(1))
print(mixed(1, 2, 3, 4))
print(mixed(1, c=9, z=0))
print(mixed(1, 2, 3, c=4, d=5, e=6))
print(mixed(b=1, a=2))
