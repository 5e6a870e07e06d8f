# Exception groups at the limits: nested 5000 deep (RecursionError from split and
# except*), 100,000 members, members whose contexts loop (printed once each).
import sys
e = ValueError("leaf")
for i in range(5000):
    e = ExceptionGroup("level %d" % i, [e, TypeError(i)])
try:
    e.split(ValueError)
except RecursionError as x:
    print("RecursionError", x)
try:
    try:
        raise e
    except* ValueError:
        print("caught part")
except RecursionError as x:
    print("RecursionError in except*", x)
except ExceptionGroup as g:
    print("rest", len(g.exceptions))
wide = ExceptionGroup("wide", [ValueError(i) for i in range(100000)])
m, r = wide.split(lambda x: not isinstance(x, ExceptionGroup) and x.args[0] % 2 == 0)
print(len(m.exceptions), len(r.exceptions))
a = ValueError("a"); b = TypeError("b")
a.__context__ = b; b.__context__ = a
g = ExceptionGroup("cycle", [a, b])
def gen():
    try:
        yield 1
        raise ExceptionGroup("in gen", [KeyError(1), OSError(2)])
    except* KeyError:
        yield "handled key"
out = []
try:
    for item in gen():
        out.append(item)
except* OSError as rest:
    print("generator raised", repr(rest), out)
raise g
