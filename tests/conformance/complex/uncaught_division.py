# An uncaught complex division by zero: traceback and status as CPython's.
def ratio(a, b):
    return a / b

print(ratio(1 + 1j, 2))
print(ratio(1 + 1j, 0j))
