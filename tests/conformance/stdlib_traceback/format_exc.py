# traceback.format_exc / print_exc / format_exception on caught exceptions.
import sys
import traceback


def parse(text):
    return int(text)


def load(rows):
    return [parse(r) for r in rows]


try:
    load(["1", "x"])
except ValueError:
    text = traceback.format_exc()
    print(text, end="")
    traceback.print_exc(file=sys.stdout)
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]), sys.exc_info()[2] is None or True)
    print(repr(sys.exception()))
print(repr(traceback.format_exc()), sys.exc_info(), sys.exception())
try:
    {}["missing"]
except KeyError as e:
    parts = traceback.format_exception(e)
    print(len(parts), parts[0], parts[-1], end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1], end="")
    print("".join(traceback.format_exception(e, limit=0)), end="")


class AppError(Exception):
    pass


try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise AppError("wrapped") from inner
except AppError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(e)[0], end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")
try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
print(traceback.format_exception_only(ValueError("bad value")), traceback.format_exception_only(ValueError()))
print(traceback.format_exception(None), traceback.format_exception_only(None))
