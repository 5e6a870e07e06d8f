# Explicit chaining: raise X from Y sets __cause__ and suppresses the context.
def load(d, key):
    try:
        return d[key]
    except KeyError as exc:
        raise RuntimeError("missing " + key) from exc


try:
    load({}, "port")
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__)
    print(type(e.__context__).__name__, e.__suppress_context__)
    print(e.__cause__ is e.__context__)

e2 = ValueError("plain")
print(e2.__cause__, e2.__context__, e2.__suppress_context__)

try:
    raise ValueError("v") from TypeError("t")
except ValueError as e:
    print(type(e.__cause__).__name__, e.__context__)

load({"a": 1}, "b")
