class Translate:
    def __init__(self, src, dst):
        self.src, self.dst = src, dst

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.src):
            raise self.dst(f"translated: {ev}") from ev
        return False


class AppError(Exception):
    pass


try:
    with Translate(KeyError, AppError):
        {}["nope"]
except AppError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
with Translate(KeyError, AppError):
    raise IndexError("untouched")
