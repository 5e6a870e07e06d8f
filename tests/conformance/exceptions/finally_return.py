def f():
    try:
        return "try"
    finally:
        print("finally in f")
def g():
    try:
        raise ValueError("x")
    except ValueError:
        return "except"
    finally:
        print("finally in g")
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "h done"
def k():
    try:
        return "try value"
    finally:
        return "finally wins"
print(f())
print(g())
print(h())
print(k())
