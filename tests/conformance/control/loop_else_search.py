def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
def first_even(xs):
    i = 0
    while i < len(xs):
        if xs[i] % 2 == 0:
            return xs[i]
        i += 1
    else:
        return None
print(first_even([1, 3, 4, 5]), first_even([1, 3]))
