cases = [(2**60 + 1, 3), (10**30, 7), (2**1000, 3**500), (-2**70, 2**80), (1, 10**400),
         (10**400, 10**399), (2**53 + 1, 1), (2**54 + 3, 2), (-(10**50), 3), (7, -2**64)]
for a, b in cases:
    print(a / b, a // b, a % b, divmod(a, b))
for a, b in ((10**400, 3), (2**2000, 1)):
    try:
        print(a / b)
    except OverflowError as e:
        print(e)
try:
    print(2**100 // 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(2**100 % 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(2**100 / 0)
except ZeroDivisionError as e:
    print(e)
print(0 / -2**70, 2**70 / 2**70, (2**70 + 1) / 2**70, 2**-100 == 1 / 2**100)
print(float(2**100), float(-2**64 - 1), float(2**1023), float(2**53 + 1))
try:
    float(2**1024)
except OverflowError as e:
    print(e)
print(int(1e20), int(-1.5e30), int(2.0**200), int(1e308) % 10**9)
print(round(2**70, -5), round(-(10**25) - 5 * 10**9, -10), round(15 * 10**30, -31), round(25 * 10**30, -31))
