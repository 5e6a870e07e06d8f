# An unsupported %-conversion character is shown only when printable ASCII (32..126; 31 too, as
# CPython); '?' stands for any other. bytes show the byte itself.
for f in ['%\xff', '%\u1234', '%\x01', '%!', '%y', '% y', '%5\xe9', '%\x7f', '%~', '%-08.3\U0001f600']:
    try:
        print(f % 1)
    except ValueError as e:
        print(ascii(str(e)))
for f in [b'%y', b'%\x02', b'%\x7f']:
    try:
        print(f % 1)
    except ValueError as e:
        print(ascii(str(e)))
try:
    b'%\xff' % 1
except OverflowError as e:
    print(e)
