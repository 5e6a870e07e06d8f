# SyntaxWarnings the compiler prints before the program runs: `is` with a literal,
# calling a literal, an assert of a tuple (an invalid escape is a DeprecationWarning in
# 3.11, not shown).
x = 5
if x is 5:
    print("is five")
if x is not "a":
    print("not a")
assert (x, "msg")
s = "bad \d escape"
print(s)
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
try:
    [1, 2](0)
except TypeError as e:
    print(e)
def f():
    return x is ()
print(f())
print(x is None, x is True, x is ...)
items = [10, 20, 30]
print(items[1], x is -1, x is not (1, 2))
def later():
    return 5[0], (1, 2)["a"], {1, 2}[0]
print("never called", later.__name__)
