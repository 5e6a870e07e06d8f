# big ints through bytes and back, in a closure that keeps a running digest
def digester():
    acc = b''
    def feed(n):
        nonlocal acc
        size = max(1, (n.bit_length() + 7) // 8)
        acc = acc[-16:] + n.to_bytes(size, 'little')
        return int.from_bytes(acc, 'big') % 1000000007
    return feed

feed = digester()
x = 1
for i in range(1, 40):
    x = x * 31 + i ** 7
    print(i, feed(x))
print(len((2 ** 5000).to_bytes(626, 'big')), int.from_bytes(b'\x01' + bytes(625), 'big') == 2 ** 5000)
