def digits(n):
    out = []
    if n == 0:
        return [0]
    while n > 0:
        out.append(n % 10)
        n //= 10
    return out[::-1]
print(digits(0), digits(7), digits(1234567890))
def to_base(n, b):
    s = ""
    while n:
        s = "0123456789abcdef"[n % b] + s
        n //= b
    return s or "0"
for n in [0, 5, 255, 1000, 65535]:
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 7))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462))
