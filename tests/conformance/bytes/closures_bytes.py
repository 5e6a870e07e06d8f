# closures that capture and build bytes
def make_framer(header):
    count = 0
    def frame(payload):
        nonlocal count
        count += 1
        return header + len(payload).to_bytes(2, 'big') + payload + bytes([count])
    return frame

f = make_framer(b'HD')
print(f(b'abc'), f(b''), f(b'x' * 3))

def parse(buf):
    pos = 0
    def take(n):
        nonlocal pos
        chunk = buf[pos:pos + n]
        pos += n
        return chunk
    out = []
    while pos < len(buf):
        size = int.from_bytes(take(1), 'big')
        out.append(take(size).decode())
    return out
print(parse(b'\x03abc\x02de\x00\x01f'))

encoders = {name: (lambda n: lambda s: s.encode(n))(name) for name in ['utf-8', 'latin-1']}
print({k: v('é') for k, v in encoders.items()})
