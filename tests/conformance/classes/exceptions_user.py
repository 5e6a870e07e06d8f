class AppError(Exception):
    """Base of the app's errors."""


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key


class Invalid(AppError, ValueError):
    pass


def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    if d[k] is None:
        raise Invalid("null value", k)
    return d[k]


d = {"a": 1, "b": None}
for k in ["a", "b", "c"]:
    try:
        print(lookup(d, k))
    except NotFound as e:
        print("NotFound", e, e.key, e.args, isinstance(e, AppError))
    except ValueError as e:
        print("ValueError", e, e.args, type(e).__mro__)
try:
    raise NotFound("z")
except Exception as e:
    print(repr(e), str(e), type(e).__name__, type(e).__qualname__)
print(issubclass(Invalid, (KeyError, ValueError)), AppError.__doc__)


class WithStr(Exception):
    def __str__(self):
        return "custom message"


try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, e.args, repr(e))
raise NotFound("final")
