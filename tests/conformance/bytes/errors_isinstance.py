# the Unicode exceptions sit under ValueError as in CPython
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeEncodeError, UnicodeError))
print(issubclass(UnicodeError, ValueError), UnicodeError.__mro__[1].__name__)
try:
    b'\xff'.decode()
except ValueError as e:
    print(type(e).__name__, isinstance(e, UnicodeError))
try:
    'é'.encode('ascii')
except UnicodeError as e:
    print(type(e).__name__, e)
try:
    'x'.encode('nope')
except LookupError as e:
    print(type(e).__name__, e)
