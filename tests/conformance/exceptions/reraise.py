def inner():
    raise ValueError("original")
def middle():
    try:
        inner()
    except ValueError as e:
        print("middle saw:", e)
        raise
try:
    middle()
except ValueError as e:
    print("outer saw:", e)
def convert():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted from " + repr(str(e)))
try:
    convert()
except ValueError as e:
    print(type(e).__name__, e)
def raise_stored():
    err = RuntimeError("stored")
    try:
        raise err
    except RuntimeError as e:
        return e is err
print(raise_stored())
