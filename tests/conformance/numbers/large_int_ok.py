big = 9223372036854775807
print(big)
print(big - 1)
print(-big)
print(-big - 1)
print(big // 2, big % 10)
print(3037000499 * 3037000499)
print(2 ** 62 + (2 ** 62 - 1))
f = 1
for i in range(1, 21):
    f *= i
print(f)
fib = [0, 1]
while len(fib) < 93:
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(big // -1)
print(abs(-big))
