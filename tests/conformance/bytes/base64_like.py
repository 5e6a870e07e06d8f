# a base64 encoder/decoder over bytes, checked by a round trip
ALPHA = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\x00' * (3 - len(chunk)), 'big')
        quad = bytes(ALPHA[(n >> s) & 63] for s in (18, 12, 6, 0))
        out.append(quad[:len(chunk) + 1] + b'=' * (3 - len(chunk)))
    return b''.join(out)

def b64decode(text):
    text = text.rstrip(b'=')
    bits = 0
    nbits = 0
    out = []
    for ch in text:
        bits = (bits << 6) | ALPHA.index(ch)
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)

for msg in [b'', b'f', b'fo', b'foo', b'foobar', 'ünïcödé'.encode(), bytes(range(20))]:
    enc = b64encode(msg)
    print(enc, b64decode(enc) == msg)
