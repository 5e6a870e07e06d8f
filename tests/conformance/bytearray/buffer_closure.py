# a growing buffer kept by a closure, drained in frames
def make_buffer():
    buf = bytearray()
    def write(data):
        buf.extend(data)
        return len(buf)
    def read_frame():
        if len(buf) < 2:
            return None
        size = int.from_bytes(buf[:2], 'big')
        if len(buf) < 2 + size:
            return None
        frame = bytes(buf[2:2 + size])
        del buf[:2 + size]
        return frame
    return write, read_frame

write, read_frame = make_buffer()
msgs = [b'hello', b'', b'world' * 3, 'naïve'.encode()]
stream = b''.join(len(m).to_bytes(2, 'big') + m for m in msgs)
for i in range(0, len(stream), 5):
    write(stream[i:i + 5])
    while True:
        f = read_frame()
        if f is None:
            break
        print(f)
print(write(b''))
