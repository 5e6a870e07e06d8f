def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("numbers cleaned up")

for n in numbers():
    if n == 3:
        break
    print(n)
print("after loop")

def nested_loops():
    for i in range(3):
        for j in range(3):
            yield i, j
for pair in nested_loops():
    if pair == (1, 1):
        break
    print(pair)
