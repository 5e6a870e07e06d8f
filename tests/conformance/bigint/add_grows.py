big = 9223372036854775807
print(big)
print(big - 1 + 1)
print(big + 1)
print("never")
