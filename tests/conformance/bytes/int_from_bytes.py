# int.from_bytes: any length, signed, iterables of ints, round trips
print(int.from_bytes(b'\x00\xff', 'big'), int.from_bytes(b'\x00\xff', 'little'), int.from_bytes(b''), int.from_bytes(b'', 'big', signed=True))
print(int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes(b'\x80\x00', 'big', signed=True), int.from_bytes(b'\x7f', 'big', signed=True))
print(int.from_bytes(b'\x01' * 20, 'big'), int.from_bytes(b'\xff' * 20, 'little', signed=True), int.from_bytes(b'\x00' * 9 + b'\x80', 'little', signed=True))
print(int.from_bytes([1, 0], 'big'), int.from_bytes((0, 1), byteorder='little'), int.from_bytes(range(3), 'big'), int.from_bytes(bytes=b'\x02', byteorder='big'))
for n in [0, 1, -1, 255, -256, 2 ** 63, -(2 ** 63), 2 ** 200 + 12345, -(3 ** 150)]:
    size = (n.bit_length() + 8) // 8
    for order in ['big', 'little']:
        assert int.from_bytes(n.to_bytes(size, order, signed=True), order, signed=True) == n
    print(n.bit_length(), size, n.to_bytes(size, 'big', signed=True).hex())
print(type(int.from_bytes(b'\x01', 'big')).__name__, bool.from_bytes(b'\x01', 'big') if False else 'skip')
for args in [('abc', 'big'), (b'\x01', 'sideways'), (5, 'big'), ([256], 'big'), (b'', 3)]:
    try:
        print(int.from_bytes(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)
