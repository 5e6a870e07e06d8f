def f(a, b):
    return a
print("never runs")
f(a=1, 2)
