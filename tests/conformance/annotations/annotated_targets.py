class Obj:
    pass


o = Obj()
o.attr: int = 5
d = {}
d["k"]: str = "v"
count: int = 0
for i in range(3):
    count += i
print(o.attr, d, count, __annotations__)


def local_annotations():
    y: int = 10
    z: str
    return y


print(local_annotations(), local_annotations.__annotations__)
