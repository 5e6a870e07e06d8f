print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
x = 5
print(0 < x <= 5, 0 < x < 5)
print(1 == 1 == 1, 1 == 1 == 2)
print(1 < 2 > 0)
print(float("nan") == float("nan"))
print(float("nan") != float("nan"))
print(float("nan") < 1, float("nan") > 1)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "b") > (1, "a"))
print([1, 2] == [1, 2], (1,) == (1,), [1] == (1,))
def loud(v):
    print("eval", v)
    return v
print(loud(1) < loud(0) < loud(5))
print(loud(1) < loud(2) < loud(3))
