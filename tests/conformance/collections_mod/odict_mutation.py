# changing an OrderedDict's keys while iterating over it raises CPython's RuntimeError
from collections import OrderedDict


def run(label, body, view):
    od = OrderedDict.fromkeys("abcd", 0)
    seen = []
    try:
        for item in view(od):
            seen.append(item)
            body(od)
        print(label, "finished", seen)
    except RuntimeError as exc:
        print(label, seen, type(exc).__name__, exc)


def add(od):
    od["new" + str(len(od))] = 1


def delete(od):
    if "d" in od:
        del od["d"]


def replace_value(od):
    od["a"] = od["a"] + 1


def move_last(od):
    od.move_to_end("a")


def move_first(od):
    od.move_to_end("d", last=False)


def pop_and_put_back(od):
    value = od.pop("b")
    od["b"] = value


for view in (lambda od: od, lambda od: od.keys(), lambda od: od.values(), lambda od: od.items()):
    for label, body in (("add", add), ("delete", delete), ("replace value", replace_value),
                        ("move_to_end", move_last), ("move first", move_first),
                        ("pop and put back", pop_and_put_back)):
        run(label, body, view)

plain = {"a": 1, "b": 2}
try:
    for key in plain:
        plain["c"] = 3
except RuntimeError as exc:
    print("dict", exc)


class Sub(OrderedDict):
    pass


sub = Sub(x=1)
for key in sub:  # the last key was reached before the change: no error
    sub["y"] = 2
print("subclass", list(sub))
sub = Sub(x=1, y=2)
try:
    for key in sub:
        sub["z"] = 3
except RuntimeError as exc:
    print("subclass", exc)
empty = OrderedDict()
it = iter(empty)
empty["a"] = 1
print("empty", list(it))
try:
    OrderedDict(1, 2)
except TypeError as exc:
    print("TypeError", exc)
od = OrderedDict([("p", 1)])
it = iter(od)
od["q"] = 2
try:
    next(it)
except RuntimeError as exc:
    print("fresh iterator", exc)
print(OrderedDict(a=1) == OrderedDict(a=1), list(OrderedDict.fromkeys("xyz")), OrderedDict(OrderedDict(k=2)))
