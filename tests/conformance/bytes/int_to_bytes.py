# int.to_bytes: lengths, byte orders, signed, big ints, defaults
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (0).to_bytes(0, 'big'), (1).to_bytes())
print((1024).to_bytes(4, byteorder='little'), (65535).to_bytes(length=2, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'little', signed=True))
print((-129).to_bytes(2, 'little', signed=True), (-(2 ** 63)).to_bytes(8, 'big', signed=True))
print((2 ** 64).to_bytes(9, 'big'), (2 ** 100 - 1).to_bytes(13, 'little'), (-(2 ** 100)).to_bytes(14, 'big', signed=True))
print((3 ** 80).to_bytes(16, 'big').hex(), (10 ** 30).to_bytes(13, 'big'))
print(True.to_bytes(1, 'big'), (5).to_bytes(3, 'big', signed=False))
for args, kw in [((256, 1, 'big'), {}), ((-1, 1, 'big'), {}), ((128, 1, 'big'), {'signed': True}),
                 ((-129, 1, 'big'), {'signed': True}), ((1, 1, 'middle'), {}), ((1, -1, 'big'), {}),
                 ((1, 1.0, 'big'), {}), ((1, 1, 5), {}), ((2 ** 64, 8, 'big'), {}), ((-1, 0, 'big'), {'signed': True}),
                 ((1, 0, 'big'), {}), ((0, 0, 'big'), {'signed': True}), ((1, 1, 'big', True), {})]:
    n, *rest = args
    try:
        print(n.to_bytes(*rest, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)
