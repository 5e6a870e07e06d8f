# `name := value` binds and yields the value (PEP 572)
print((m := 5), m)
if n := 10:
    print("if", n)
while (k := n - 1) > 7:
    n = k
print("while", n, k)
data = [3, 1, 4, 1, 5]
if (count := len(data)) > 3:
    print(f"{count} items")
print(f"{(r := 3)}", r)
lst = [10, 20, 30]
print(lst[(i := 1)], i)
print({(q := 1): q + 1})
print([y := 2, y ** 2])
print(len(s := "abc"), s)


def default(a, b=(d := 7)):
    return a + b


print(default(1), d)


def deco(fn):
    fn.tagged = True
    return fn


@(dec := deco)
def decorated():
    return 1


print(decorated(), decorated.tagged, dec is deco)


class C:
    val = (cv := 4)
    print("class body", cv)


print(C.val, hasattr(C, "cv"))
