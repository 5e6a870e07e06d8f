print(min([3, 1, 2]), max([3, 1, 2]))
print(min(3, 1, 2), max(3, 1, 2))
print(min("hello"), max("hello"))
print(min([1.5, -2, 0]), max([1.5, -2, 0]))
print(max([[1, 2], [1, 3], [0, 9]]))
print(min(("b", 1), ("a", 2)))
print(sum([]), sum([1, 2, 3]), sum([0.5, 0.25]), sum(range(5)))
print(max(range(10)), min(range(3, 10)))
def attempt(f):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
attempt(lambda: max([]))
attempt(lambda: min([]))
attempt(lambda: sum(["a", "b"]))
attempt(lambda: max(1, "a"))
