# CPython's limit on decimal conversions (4300 digits by default): values
# just under and over it both ways, powers of two are exempt, and once the
# limit is raised, str() and int() of 10**4..10**5-digit numbers round trip
import sys

print(sys.get_int_max_str_digits())
ok = 10**4299
print(len(str(ok)), len(str(-ok)), str(ok)[:5])
for v in (10**4300, -(10**4300), 10**5000 + 1):
    try:
        str(v)
    except ValueError as e:
        print("str:", e)
s = "7" * 4300
print(int(s) % 1000003, int("-" + s) % 1000003)
for text in ("7" * 4301, "1" + "0" * 4300, "-" + "5" * 4301):
    try:
        int(text)
    except ValueError as e:
        print("int:", str(e)[:80])
print(len(hex(10**6000)), len(bin(3**5000)), int("f" * 5000, 16).bit_length())
print(f"{10**4299:,}"[:12], len(f"{10**4299:_}"))
sys.set_int_max_str_digits(200000)
for digits in (10**4, 3 * 10**4):
    v = 7**int(digits / 0.8450980400142568) + digits
    t = str(v)
    print(len(t), t[:20], t[-20:], int(t) == v, int(t[::-1]) % 999999937)
big = 10**99999 - 1
print(len(str(big)), str(big) == "9" * 99999, int("9" * 99999) == big)
print(str(-(2**200000))[:30], len(str(2**200000)))
sys.set_int_max_str_digits(0)
print(len(str(10**60000)))
sys.set_int_max_str_digits(4300)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
