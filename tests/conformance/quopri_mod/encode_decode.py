import quopri, io
tests = [b'hello world', b'caf\xc3\xa9 = ok', b'trailing space \nnext', b'tab\t\n', b'end ', b'a' * 80,
         b'x' * 74 + b'=y', b'.\nx', b'a\r\nb \r\nc', b'under_score here', b'\x00\x01\x7f\x80',
         b'line\rcr', b'.', b'abc\n.', (b'word ' * 20).strip(), b'x' * 75 + b'\n', b'x' * 76 + b'\n',
         b'x' * 77, b'x' * 73 + b'\xff\xfe', b'a\tb', b'', b'.x\n.\r\n', b'a  \r\n', bytearray(b'ba =')]
for t in tests:
    print(quopri.encodestring(t), quopri.encodestring(t, quotetabs=True), quopri.encodestring(t, header=True))
    print(quopri.decodestring(quopri.encodestring(t)) == t)
for t in [b'a=3Db', b'soft=\nbreak', b'soft=\r\nbreak', b'bad=ZZ', b'end=', b'low=3d', b'_x_', b'a= \nb',
          b'=4', b'x=\n', b'a==b', b'=\rzz\nq', b'']:
    print(quopri.decodestring(t), quopri.decodestring(t, header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b'r\xe9sum\xe9\t\n'), out, True)
print(out.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
try:
    quopri.encodestring('text')
except TypeError as e:
    print('TypeError:', e)
