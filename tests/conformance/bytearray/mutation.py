# bytearray mutates in place: items, slices, the list-like methods, += and *=
b = bytearray(b'hello')
b[0] = 72
b[-1] = ord('O')
print(b)
b[1:3] = b'EE'
print(b)
b[1:3] = b''
print(b)
b[0:0] = bytearray(b'>>')
print(b)
b[len(b):] = [33, 33]
print(b)
b[::2] = b'x' * len(b[::2])
print(b)
del b[0]
del b[-2:]
del b[::2]
print(b)
b.append(65)
b.extend(b'BC')
b.extend([68, 69])
b.extend(x for x in (70,))
b.insert(0, 48)
b.insert(-1, 49)
b.insert(100, 50)
print(b, b.pop(), b.pop(0), b)
b.remove(65)
b.reverse()
c = b.copy()
c.clear()
print(b, c, len(c))
b += b'++'
b += bytearray(b'--')
alias = b
b *= 2
print(b, alias is b)
b.extend(b)
print(b)
def setb(k, v):
    b[k] = v
def delb(k):
    del b[k]
for f in [lambda: setb(0, 256), lambda: setb(0, 'a'), lambda: setb(slice(0, 1), 5),
          lambda: setb(slice(0, 1), 'x'), lambda: setb(slice(None, None, 2), b'x'),
          lambda: setb(100, 1), lambda: delb(100), lambda: setb(10 ** 20, 1), lambda: setb('x', 1), lambda: bytearray().pop(),
          lambda: b.pop(1000), lambda: b.remove(200), lambda: b.append(-1), lambda: b.insert(0, 'x'),
          lambda: b.extend(5), lambda: b.extend(['a']), lambda: b.extend('abc')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
