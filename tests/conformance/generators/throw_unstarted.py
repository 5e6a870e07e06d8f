def g():
    print("never runs")
    yield 1

gen = g()
try:
    gen.throw(ValueError("early"))
except ValueError as e:
    print("ValueError:", e)
print(list(gen))
try:
    gen.throw(TypeError("late"))
except TypeError as e:
    print("TypeError:", e)
try:
    g().throw(5)
except TypeError as e:
    print("TypeError:", e)
