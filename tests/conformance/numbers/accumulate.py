total = 0
for i in range(1, 101):
    total += i
print(total)
total = 0.0
for i in range(10):
    total += 0.1
print(total)
print(total == 1.0)
acc = 1
for i in range(10):
    acc = acc * 3 % 1000003
print(acc)
x = 1000
x -= 1
x *= 3
x //= 4
x %= 100
x **= 2
x /= 8
print(x)
