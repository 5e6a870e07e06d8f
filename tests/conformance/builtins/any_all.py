print(any([]), all([]))
print(any([0, 0, 1]), all([1, 1, 0]))
print(any([0, "", None]), all(["a", 1, [0]]))
print(any(x > 3 for x in [1, 2, 5]))
print(all(x > 0 for x in [1, 2, -5]))
checked = []
def check(x):
    checked.append(x)
    return x > 2
# any/all stop at the first deciding item: the generator expression is
# consumed lazily, so check() is not called past it
print(any(check(x) for x in [1, 3, 5, 7]), checked)
checked.clear()
print(all(check(x) for x in [5, 1, 9]), checked)
print(any("abc"), all(""), any({0: 1}), all({0: 1}))
checked.clear()
print(any(map(check, [1, 3, 5, 7])), checked)
