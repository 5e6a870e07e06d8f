# bytes/bytearray maketrans, translate (delete, None table), expandtabs and
# istitle, with CPython's argument errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
tbl = bytes.maketrans(b'abc', b'xyz')
print(len(tbl), tbl[97:100], b'aabbcc-d'.translate(tbl), b'aabbcc'.translate(tbl, b'b'), b'abc'.translate(None, b'ac'),
      bytearray(b'cab').translate(tbl), bytearray.maketrans(b'a', b'b')[97], type(bytearray.maketrans(b'', b'')).__name__,
      b'abc'.translate(None, delete=b'b'), b'abc'.translate(bytearray(tbl)))
t('tshort', lambda: b'abc'.translate(b'short'))
t('mlen', lambda: bytes.maketrans(b'ab', b'c'))
t('mstr', lambda: bytes.maketrans('ab', b'cd'))
t('tstr', lambda: b'abc'.translate('x' * 256))
t('tnone', lambda: b'abc'.translate())
print(b'a\tbc\td\n\tx'.expandtabs(4), b'\t'.expandtabs(), bytearray(b'x\ty').expandtabs(tabsize=3), b'a\tb'.expandtabs(0), b'ab\r\tc'.expandtabs(4))
t('e2', lambda: b'abc'.expandtabs(4, 5))
t('efloat', lambda: b'abc'.expandtabs(4.0))
print(b'Hello World'.istitle(), bytearray(b'Hello').istitle(), b''.istitle(), b'A b'.istitle())
