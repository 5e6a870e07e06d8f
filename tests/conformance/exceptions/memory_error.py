try:
    big = [0] * (10 ** 18)
except MemoryError as e:
    print("MemoryError", repr(str(e)))
try:
    big = [None, None] * (4 * 10 ** 18)
except MemoryError:
    print("MemoryError again")
print("recovered", len([0] * 10))
