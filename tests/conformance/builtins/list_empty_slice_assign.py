# Slice assignment on a list that never held items (no item array yet):
# UBSan once saw a memmove from a null pointer here.
x = []
x[:] = []
x[0:0] = []
x[5:] = ()
print(x)
y = []
y[:] = [1, 2]
y[2:] = []
y[:0] = []
print(y)
z = []
z[:] = (i for i in range(0))
print(z, len(z))
