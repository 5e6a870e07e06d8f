# strip family, removeprefix/removesuffix, startswith/endswith
b = b'  \t xx hello xx \n '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' \t\nx'), b'xxhixx'.strip(b'x'), b'abc'.strip(None))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.py'.removesuffix(b'.py'), b'a'.removeprefix(b'b'), b'a'.removesuffix(b''))
print(b'hello'.startswith(b'he'), b'hello'.startswith(b'lo', 3), b'hello'.endswith(b'll', 0, 4), b'hello'.endswith((b'x', b'lo')))
print(b'hello'.startswith(b''), b'hello'.startswith(b'hello!'), b''.endswith(b''), b'hello'.startswith(b'e', -4, -1))
for f in [lambda: b'a'.strip('a'), lambda: b'a'.startswith('a'), lambda: b'a'.endswith((b'a', 'a')),
          lambda: b'a'.removeprefix('a'), lambda: b'a'.startswith()]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
