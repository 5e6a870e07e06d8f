def repeat(times, sep=" "):
    def deco(f):
        def wrapper(*args, **kwargs):
            return sep.join(f(*args, **kwargs) for _ in range(times))
        return wrapper
    return deco
@repeat(3)
def word():
    return "la"
@repeat(2, sep="-")
def echo(x, suffix=""):
    return x + suffix
print(word())
print(echo("hey"))
print(echo("hey", suffix="?"))
print(echo.__code__.co_freevars)
print([repr(c.cell_contents) for c in echo.__closure__ if not callable(c.cell_contents)])
