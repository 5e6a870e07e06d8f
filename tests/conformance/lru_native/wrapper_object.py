# the lru_cache wrapper object: its type, repr, attributes and __dict__
import functools


@functools.lru_cache(maxsize=32)
def square(x):
    """Squares x."""
    return x * x


text = repr(square)
print(text[:text.index(" at 0x")], type(square).__name__, callable(square))
print(square.__name__, square.__qualname__, square.__doc__, square.__module__)
print(square.__wrapped__(7), square.__wrapped__.__name__, square.cache_parameters())
square.note = "hi"
print(square.note, sorted(k for k in square.__dict__ if not k.startswith("__")))
try:
    square.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    square.cache_info = None
except AttributeError as e:
    print("AttributeError")
del square.note
print(hasattr(square, "note"))


@functools.cache
def ident(x):
    return x


print(type(ident).__name__, ident.cache_parameters(), ident(3), ident.cache_info())
plain = functools.lru_cache(lambda x: x + 1)
print(plain(1), plain.cache_info())
