for i in range(1, 4):
    line = ""
    for j in range(1, 4):
        line += " " + str(i * j)
    print(line)
count = 0
for a in range(5):
    for b in range(5):
        for c in range(5):
            if a + b + c == 6:
                count += 1
print(count)
result = []
i = 0
while i < 3:
    j = 0
    while j < 3:
        if (i + j) % 2 == 0:
            result.append((i, j))
        j += 1
    i += 1
print(result)
