import swapper
print(swapper)
