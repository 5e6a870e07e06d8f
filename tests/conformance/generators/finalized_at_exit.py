def g(name):
    try:
        yield 1
    finally:
        print("finally of", name)

first = g("first")
next(first)
second = g("second")
next(second)
keep = [second]
print("end of program")
