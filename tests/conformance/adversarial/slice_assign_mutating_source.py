# Slice assignment from an iterable that resizes the target while it is read:
# the slice is placed in the list or bytearray as it is once the iterable ends.
L = list(range(10))
def emptying():
    for i in range(5):
        L.clear()
        yield i
L[2:5] = emptying()
print(L)

L = list(range(10))
def growing():
    for i in range(3):
        L.append(100 + i)
        yield -i
L[8:] = growing()
print(L)

L = list(range(10))
def growing2():
    for i in range(5):
        L.append(100 + i)
        yield -i
L[::2] = growing2()
print(L)

b = bytearray(b'hello world')
def bytes_emptying():
    for c in b'zz':
        del b[:]
        yield c
b[0:3] = bytes_emptying()
print(b)

b = bytearray(b'0123456789')
def bytes_growing():
    for c in b'abc':
        b.extend(b'xy')
        yield c
b[5:] = bytes_growing()
print(b)

b = bytearray(b'0123456789')
def bytes_shrinking():
    for c in b'abcde':
        del b[-1]
        yield c
try:
    b[::2] = bytes_shrinking()
except ValueError as e:
    print("ValueError", e)
print(b)
