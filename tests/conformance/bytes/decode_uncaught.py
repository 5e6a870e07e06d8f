# an uncaught UnicodeDecodeError ends the program as in CPython
data = b'abc\xff'
print(data.decode('latin-1'))
print(data.decode())
