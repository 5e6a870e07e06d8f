log = []
def f():
    try:
        log.append("try")
        raise KeyError("k")
    finally:
        log.append("finally")
try:
    f()
except KeyError as e:
    log.append("caught " + str(e))
print(log)
def g():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    g()
except Exception as e:
    print(type(e).__name__, e)
def h():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally return swallows"
print(h())
def cleanup_order():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise IndexError("i1")
                out.append("body" + str(i))
            finally:
                out.append("inner" + str(i))
        except IndexError:
            out.append("handled" + str(i))
        finally:
            out.append("outer" + str(i))
    return out
print(cleanup_order())
