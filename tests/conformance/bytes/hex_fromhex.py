# hex() with separators and bytes.fromhex
b = bytes(range(0, 256, 17))
print(b.hex(), b''.hex(), b'\x00'.hex())
print(b.hex(':'), b.hex('-', 2), b.hex(' ', -2), b.hex(b'_', 3), b.hex(':', 0) if False else b.hex('.', 1))
print(bytes.fromhex('deadbeef'), bytes.fromhex('de ad  be ef'), bytes.fromhex(''), bytes.fromhex(' 0A0b '))
print(bytes.fromhex(b.hex()) == b, b'x'.fromhex('41'))
for arg in ['zz', '0', 'abc', 'a b', '12 3g', 5, b'41']:
    try:
        print(bytes.fromhex(arg))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for sep in ['::', '', 5, 'é']:
    try:
        print(b'ab'.hex(sep))
    except Exception as e:
        print(type(e).__name__ + ':', e)
