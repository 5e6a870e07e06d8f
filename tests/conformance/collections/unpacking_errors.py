def attempt(f):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
def two(v):
    a, b = v
    return a, b
attempt(lambda: two([1, 2, 3]))
attempt(lambda: two([1]))
attempt(lambda: two("abc"))
attempt(lambda: two(5))
def star(v):
    a, b, *c = v
    return c
attempt(lambda: star([1]))
print(star([1, 2]))
