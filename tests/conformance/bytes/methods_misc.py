# methods through the type, bound methods, and attribute errors
print(bytes.upper(b'abc'), bytes.decode(b'\xc3\xa9'), bytes.join(b'-', [b'a', b'b']))
m = b'abc'.find
print(m(b'c'), m.__name__, m.__qualname__, bytes.fromhex.__name__)
print(repr(bytes.upper), repr(bytes), repr(type(b'')), bytes.__name__)
try:
    bytes.upper('abc')
except TypeError as e:
    print('TypeError:', e)
try:
    b'abc'.append(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    b'abc'.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(b'', 'decode'), hasattr(b'', 'encode'), callable(b''.hex))
print(type(b'a' * 2) is bytes, isinstance(b'', (str, bytes)), issubclass(bytes, object))
