def f():
    continue
print("never runs")
