def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
last = 0
for n in range(1, 30):
    try:
        v = fact(n)
    except OverflowError as e:
        print("fact(" + str(n) + ") overflows:", e)
        break
    last = n
print("largest factorial:", last, fact(last))
fact(25)
