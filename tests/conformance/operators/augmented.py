n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n %= 3; print(n)
n **= 3; print(n)
n /= 2; print(n)
s = "ab"
s *= 3
print(s)
d = {"a": 1}
d["a"] += 10
d["b"] = d.get("b", 0) + 1
print(d)
xs = [1, 2, 3]
xs[1] *= 10
xs[-1] -= 1
print(xs)
m = [[1, 2], [3, 4]]
m[1][0] += 100
print(m)
calls = []
def idx():
    calls.append("idx")
    return 0
ys = [5]
ys[idx()] += 1
print(ys, calls)
