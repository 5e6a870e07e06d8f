try:
    raise ValueError("one arg")
except ValueError as e:
    print(str(e))
try:
    raise ValueError()
except ValueError as e:
    print(repr(str(e)))
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(str(e)))
try:
    raise KeyError("key")
except KeyError as e:
    print(str(e))
try:
    raise Exception("generic", "two")
except Exception as e:
    print(str(e))
try:
    raise RuntimeError(42)
except RuntimeError as e:
    print(str(e))
try:
    raise IndexError("custom index message")
except IndexError as e:
    print(e)
e = TypeError("made but not raised")
print(e, type(e).__name__)
