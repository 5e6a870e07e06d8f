class Config:
    debug = False

    def __init__(self):
        self.level = 1


c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "nope", None))
setattr(c, "level", 5)
setattr(c, "name", "prod")
print(c.level, c.name, hasattr(c, "name"), hasattr(Config, "name"))
delattr(c, "name")
print(hasattr(c, "name"))
try:
    delattr(c, "name")
except AttributeError as e:
    print(e)
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(Config, "missing")
except AttributeError as e:
    print(e)
try:
    setattr(c, 3, 1)
except TypeError as e:
    print(e)
print(sorted(vars(c).items()))
print([n for n in dir(c) if not n.startswith("__")])
print("__init__" in dir(c), "level" in dir(Config), "debug" in dir(Config))
setattr(Config, "added", 7)
print(c.added, Config.added)
del Config.added
print(hasattr(c, "added"))
try:
    vars(3)
except TypeError as e:
    print(e)
try:
    int.x = 1
except TypeError as e:
    print(e)
