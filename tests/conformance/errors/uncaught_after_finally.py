def f():
    try:
        return [][0]
    finally:
        print("finally still runs")
f()
