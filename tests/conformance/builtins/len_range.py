print(len("hello"), len([1, 2]), len((1,)), len({}), len({1: 2}), len(set()), len(range(10)))
print(len("日本"), len([[1, 2, 3]]))
print(list(range(0)), list(range(-2)), list(range(3, -3, -2)))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
