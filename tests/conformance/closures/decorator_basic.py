def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name, greeting="hello"):
    return greeting + " " + name
print(greet("ann"))
print(greet("bob", greeting="hi"))
print(greet.__name__, greet.__qualname__)
print(greet.__code__.co_freevars)
print(greet.__closure__[0].cell_contents.__name__)
