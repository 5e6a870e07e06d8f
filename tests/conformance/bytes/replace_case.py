# replace and the ASCII case methods
b = b'Hello, World! 123 \xe9'
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b.replace(b'', b'.'), b'aaa'.replace(b'a', b'bb', 0), b'ab'.replace(b'', b'-', 2))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b'hELLO wORLD'.capitalize(), b"they're bill's".title())
print(b'ABC'.isupper(), b'AbC'.isupper(), b'abc1'.islower(), b'123'.isupper(), b''.islower())
print(b'123'.isdigit(), b'12a'.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum(), b' \t\n'.isspace(), b''.isspace())
print(b'abc'.isascii(), b'\x80'.isascii(), b''.isascii(), b''.isdigit(), b'\xe9'.isalpha())
print(b'ab'.center(7, b'*'), b'ab'.center(6), b'abc'.center(6, b'-'), b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'ab'.ljust(1))
print(b'42'.zfill(5), b'-42'.zfill(6), b'+7'.zfill(1), b''.zfill(3))
for f in [lambda: b'a'.replace('a', b'b'), lambda: b'a'.center(5, '*'), lambda: b'a'.center(5, b'**'), lambda: b'a'.upper(1)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
