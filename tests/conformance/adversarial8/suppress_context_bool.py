# __suppress_context__ is a bool member
e = ValueError("x")
for value in [True, False, 1, None, "yes"]:
    try:
        e.__suppress_context__ = value
        print(repr(value), "->", e.__suppress_context__)
    except TypeError as err:
        print(repr(value), "->", err)
try:
    del e.__suppress_context__
except TypeError as err:
    print("del ->", err)
