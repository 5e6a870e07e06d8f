small = -9223372036854775807 - 1
print(small)
print(small + 1 - 1)
x = small - 1
print("never", x)
