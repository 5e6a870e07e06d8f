# bytes literals: escapes, raw, quotes, implicit concatenation
print(b'abc', b"abc", b'', b"")
print(b'\x00\x01\x7f\x80\xff')
print(b'\t\n\r\\', b'\a\b\f\v', b'\101\102', b'\0')
print(rb'\n\x00', br'raw\t', Rb'X', bR'Y')
print(b"it's", b'say "hi"', b'both \' and "')
print(b'one' b'two' rb'\three')
print(b'''triple
quoted''')
print(len(b'\x00' * 3), b'\u00e9', b'\N')
