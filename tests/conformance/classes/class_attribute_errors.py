class A:
    def __init__(self):
        self.a = 1


a = A()
for name in ("b", "__x", "a"):
    try:
        print(getattr(a, name))
    except AttributeError as e:
        print(e)
try:
    A.nothing
except AttributeError as e:
    print(e)
try:
    del A.nothing
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    "x".bar = 1
except AttributeError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
a.missing_method()
