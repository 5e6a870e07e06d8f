# datetime's and decimal's classes are C types in CPython, named with their module in errors;
# __name__, __qualname__ and repr stay the plain ones, and a subclass is named as itself.
import datetime
import decimal
d = datetime.date(2020, 1, 1)
dt = datetime.datetime(2020, 1, 1)
t = datetime.time(1)
td = datetime.timedelta(1)
tz = datetime.timezone.utc
for a, b in [(d, 1), (1, d), (dt, "x"), (t, td), (td, "x"), (d, dt), (t, t), (tz, 1)]:
    for op in ["+", "-", "*", "<", "@"]:
        try:
            eval("a %s b" % op)
        except TypeError as e:
            print(op, e)
for thunk in (lambda: len(d), lambda: d[0], lambda: d.nope, lambda: iter(td), lambda: "x" + d):
    try:
        thunk()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(datetime.date.__name__, datetime.date.__qualname__, datetime.date, type(dt).__name__)
class MyDate(datetime.date):
    pass
try:
    MyDate(2020, 1, 1) + 1
except TypeError as e:
    print(e)
D = decimal.Decimal
for a, b in [(D(1), "x"), ("x", D(1)), (decimal.getcontext(), 1)]:
    try:
        a + b
    except TypeError as e:
        print(e)
try:
    D(1) < "x"
except TypeError as e:
    print(e)
print(D.__name__, D)
