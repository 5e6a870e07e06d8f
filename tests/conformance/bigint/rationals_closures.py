def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def fraction(n, d):
    g = gcd(abs(n), abs(d))
    n, d = n // g, d // g
    if d < 0:
        n, d = -n, -d
    def get():
        return n, d
    def add(other):
        on, od = other()
        return fraction(n * od + on * d, d * od)
    def mul(other):
        on, od = other()
        return fraction(n * on, d * od)
    return {"get": get, "add": add, "mul": mul}

# harmonic numbers: denominators grow past 64 bits quickly
h = fraction(0, 1)
for k in range(1, 61):
    h = h["add"](fraction(1, k)["get"])
print(h["get"]())
num, den = h["get"]()
print(num / den, num.bit_length(), den.bit_length())
p = fraction(1, 1)
for k in range(1, 40):
    p = p["mul"](fraction(2 * k, 2 * k - 1)["get"])
n, d = p["get"]()
print(n, d, n * n / (d * d) / 40)
