# a bytearray grown from its own bytes (the buffer moves while they are copied); `b += b`
# itself is refused, as CPython holds b's buffer while reading it
grow = bytearray(b"ab" * 10)
try:
    grow += grow
except BufferError as exc:
    print("BufferError", exc)
empty = bytearray()
empty += empty
print(len(grow), len(empty))
grow.extend(grow)
print(len(grow), grow.count(b"ab"), grow[:6], grow[-4:])
grow[0:2] = grow
print(len(grow), grow[:5])
grow.extend(grow)
grow.extend(grow)
print(len(grow))
tail = bytearray(b"0123456789" * 3)
tail += tail[25:]
print(tail[-8:], len(tail))
view_source = bytearray(b"xyz" * 8)
view_source += memoryview(bytes(view_source))[3:9]
print(view_source[-9:])
