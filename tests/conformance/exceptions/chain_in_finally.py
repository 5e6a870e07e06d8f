# An exception raised in a finally block that runs during propagation has the
# propagating exception as its context; in normal flow it has none.
def normal():
    try:
        pass
    finally:
        raise ValueError("in finally")


try:
    normal()
except ValueError as e:
    print("normal", e.__context__)


def propagating():
    try:
        raise KeyError("k")
    finally:
        raise ValueError("replaces")


try:
    propagating()
except ValueError as e:
    print("propagating", type(e.__context__).__name__, e.__context__)

# break out of a finally during propagation swallows the exception
for i in range(3):
    try:
        if i == 1:
            raise RuntimeError(i)
    finally:
        if i == 1:
            break
print("after loop", i)

# after the finally re-raises, the handled exception is restored
try:
    try:
        try:
            1 / 0
        finally:
            pass
    except ZeroDivisionError:
        raise NameError("n")
except NameError as e:
    print(type(e.__context__).__name__)

try:
    raise IndexError("first")
finally:
    print("cleanup")
    raise AttributeError("second")
