import functools

def make_registry():
    registry = {}
    def register(name=None):
        def deco(func):
            key = name or func.__name__
            @functools.wraps(func)
            def wrapper(*args, **kwargs):
                wrapper.calls += 1
                return func(*args, **kwargs)
            wrapper.calls = 0
            registry[key] = wrapper
            return wrapper
        return deco
    return register, registry

register, registry = make_registry()

@register()
def hello(who):
    """Say hello."""
    return 'hello ' + who

@register('bye')
def goodbye(who):
    return 'bye ' + who

print(hello('a'), hello('b'), registry['bye']('c'))
print(sorted(registry), hello.calls, goodbye.calls, hello.__doc__, goodbye.__name__)
print(registry['hello'] is hello, hello.__wrapped__('z'), hello.calls)
