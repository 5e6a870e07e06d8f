# items are ints; slices are bytes
b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[0:5], b[6:], b[:-6], b[::2], b[::-1], b[100:], b[-100:3], b[3:1])
print(b[1:8:3], b[-1:-5:-1], b[:], b[:] is b or True)
for bad in [11, -12, 10 ** 20]:
    try:
        print(b[bad])
    except IndexError as e:
        print('IndexError:', e)
try:
    b['x']
except TypeError as e:
    print('TypeError:', e)
try:
    b[1.0]
except TypeError as e:
    print('TypeError:', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError:', e)
