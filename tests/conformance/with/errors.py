class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError")
try:
    with 5:
        pass
except TypeError as e:
    print(e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("in exit")


try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)


class EnterRaises:
    def __enter__(self):
        raise KeyError("enter")

    def __exit__(self, *a):
        print("never")


try:
    with EnterRaises():
        print("never")
except KeyError as e:
    print("KeyError", e)
with ExitRaises():
    pass
