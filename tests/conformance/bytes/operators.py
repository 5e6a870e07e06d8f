# concatenation, repetition, membership, truth
print(b'ab' + b'cd', b'' + b'', b'x' * 3, 3 * b'yz', b'q' * 0, b'q' * -2)
print(97 in b'abc', 100 in b'abc', b'bc' in b'abc', b'' in b'abc', b'ca' in b'abc')
print(bool(b''), bool(b'\x00'), not b'', len(b''), len(b'four'))
x = b'a'
x += b'b'
x *= 2
print(x)
for expr in ["b'a' + 'b'", "'a' + b'b'", "b'a' + 1", "b'a' * 'b'", "b'a' * 1.5", "'a' in b'a'", "300 in b'a'",
             "-1 in b'a'", "b'a' - b'a'", "-b'a'", "b'a' % 1 if False else b'a' @ b'b'"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__ + ':', e)
