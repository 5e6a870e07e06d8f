try:
    print("before")
    1 / 0
    print("not reached")
except ZeroDivisionError:
    print("caught")
print("after")
try:
    x = int("12")
except ValueError:
    print("no")
else:
    print("else", x)
finally:
    print("finally")
def f(v):
    try:
        return 10 / v
    except ZeroDivisionError as e:
        return "err: " + str(e)
print(f(2), f(0))
