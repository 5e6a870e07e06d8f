i = 0
while i < 5:
    print("i =", i)
    i += 1
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
k = 0
while True:
    k += 1
    if k > 3:
        break
print("k", k)
j = 10
while j > 0:
    j -= 3
else:
    print("while-else ran, j =", j)
while j > 100:
    pass
else:
    print("else on false condition")
