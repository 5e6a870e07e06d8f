counter = 0
exec("counter += 1\nnew_name = counter * 10")
print(counter, new_name)
exec("def doubled(v):\n    return v * 2\n")
print(doubled(21))
print(exec("1 + 1"))
