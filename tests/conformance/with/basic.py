class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return False


with Managed("a") as v:
    print("body", v)
with Managed("b"):
    print("no target")
with Managed("c") as x, Managed("d") as y:
    print("both", x, y)
try:
    with Managed("e") as v:
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
