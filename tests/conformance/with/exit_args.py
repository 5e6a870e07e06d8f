class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print(et, type(ev).__name__, ev)
        return True


with Inspect():
    raise KeyError("k")
with Inspect():
    pass
with Inspect():
    [][1]


class E(Exception):
    pass


with Inspect():
    raise E("custom")
