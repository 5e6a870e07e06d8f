# Attributes, __dict__, isinstance/issubclass and class-level data on builtin subclasses.
class Config(dict):
    defaults = {"debug": False}

    def __init__(self, name, **values):
        super().__init__(self.defaults, **values)
        self.name = name

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


c = Config("app", level=3)
print(c, c.name, c.debug, c.level, c.__dict__, vars(c), sorted(c))
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(c, Config), isinstance(c, dict), issubclass(Config, dict), type(c) is dict)
print(Config.__bases__, Config.__mro__, Config.__name__)


class Tagged(list):
    tag = "t"


t = Tagged([1])
t.extra = [2]
print(t, t.tag, t.extra, len(t.__dict__), getattr(t, "tag"), hasattr(t, "append"), hasattr(t, "nope"))
