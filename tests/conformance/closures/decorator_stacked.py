log = []
def tag(name):
    def deco(f):
        log.append("decorating " + f.__name__ + " with " + name)
        def wrapper(*a, **k):
            return "<" + name + ">" + f(*a, **k) + "</" + name + ">"
        return wrapper
    return deco
def upper(f):
    def wrapper(*a, **k):
        return f(*a, **k).upper()
    return wrapper
@tag("b")
@tag("i")
@upper
def text(s):
    return s
print(log)
print(text("hi"))
@upper
@tag("p")
def para(s, end="."):
    return s + end
print(para("x"), para("y", end="!"))
