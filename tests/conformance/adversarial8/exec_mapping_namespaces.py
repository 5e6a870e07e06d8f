# exec/eval take any mapping as locals and a dict subclass's instance as globals,
# reading and writing names through the mapping's own methods
import collections.abc


class Mapping(collections.abc.Mapping):
    def __init__(self, **items):
        self.items_ = items

    def __getitem__(self, key):
        print("get", key)
        return self.items_[key]

    def __iter__(self):
        return iter(self.items_)

    def __len__(self):
        return len(self.items_)


class Missing(dict):
    def __missing__(self, key):
        return "missing " + key


class Loud(dict):
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("setitem", key, value if isinstance(value, (int, str, dict)) else type(value).__name__)
        super().__setitem__(key, value)


def attempt(name, fn):
    try:
        print(name, "->", fn())
    except Exception as e:
        print(name, "->", type(e).__name__, e)


attempt("mapping locals", lambda: eval("a + 1", {}, Mapping(a=1)))
attempt("__missing__ locals", lambda: eval("zz", {}, Missing()))
attempt("dict subclass globals", lambda: eval("len([1, 2])", Loud()))
attempt("exec in dict subclass", lambda: exec("x = 1\nprint(x)", Loud()))
attempt("__missing__ globals", lambda: eval("nothing", Missing()))
loc = Loud()
attempt("exec stores", lambda: exec("y = 2\nz = y + 1", {}, loc))
print(sorted(loc.items()))
attempt("exec mapping locals", lambda: exec("print(a)", {}, Mapping(a=5)))
attempt("list locals", lambda: eval("1", {}, []))
attempt("list locals name", lambda: eval("a", {}, [1]))
attempt("list globals", lambda: eval("1", []))
attempt("int locals exec", lambda: exec("1", {}, 5))
attempt("int locals eval", lambda: eval("1", {}, 5))
attempt("int globals exec", lambda: exec("1", 5))
attempt("UserDict locals", lambda: eval("b * 2", {}, collections.UserDict(b=21)))
attempt("class body", lambda: exec("class C:\n    q = a\n", {}, Mapping(a=1)))
attempt("comprehension", lambda: eval("[a for _ in range(2)]", {}, Mapping(a=1)))
class Plain(dict):
    pass


g = Plain()
exec("def f():\n    return 'f sees ' + str(x)\nx = 5", g)
print(g["f"](), sorted(k for k in g if k != "__builtins__"))
exec("global y\ny = 3", g)
print(dict.get(g, "y"))
attempt("eval checks locals first", lambda: eval("1", 5, 5))
attempt("exec checks globals first", lambda: exec("1", 5, 5))
attempt("import * into a mapping", lambda: exec("from string import *\nprint(digits)", {}, Loud()))
attempt("annotations in a mapping", lambda: exec("x: int = 1\nprint(__annotations__)", {}, Loud()))
