import x
print(x.value)
