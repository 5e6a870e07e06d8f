import functools

def logged(prefix):
    calls = []
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            calls.append((func.__name__, args))
            return func(*args, **kwargs)
        wrapper.calls = calls
        return wrapper
    return decorate

@logged('>')
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(1, 2), add(3, 4))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(10, 20), add.calls)
print(add.__wrapped__.__name__, add.__wrapped__ is not add)
print(add.__wrapped__.__closure__ is None, len(add.__closure__))
