class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class Const:
    def __get__(self, obj, objtype=None):
        return 42


class Item:
    name = Typed(str)
    qty = Typed(int)
    answer = Const()

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


it = Item("pen", 3)
print(it.name, it.qty, it.answer, Item.answer, type(Item.name).__name__)
try:
    it.qty = "many"
except TypeError as e:
    print(e)
it.answer = 7
print(it.answer, Item.answer, sorted(vars(it)))
