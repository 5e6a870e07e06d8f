for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
found = None
for n in range(2, 50):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        found = n
print("last prime below 50:", found)
for x in [1, 2]:
    pass
else:
    print("for-else ran")
for x in [1, 2]:
    if x == 1:
        break
else:
    print("not printed")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
