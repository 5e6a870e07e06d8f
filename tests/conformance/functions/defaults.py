def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 20), f(1, c=30), f(a=0))
print(f.__defaults__)
print(greet.__defaults__)
def g(x):
    return x
print(g.__defaults__)
