def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
def raise_int():
    raise 5
def raise_str():
    raise "text"
attempt(raise_int)
attempt(raise_str)
try:
    raise ValueError("x")
except (TypeError, ValueError) as e:
    print("tuple caught", type(e).__name__)
