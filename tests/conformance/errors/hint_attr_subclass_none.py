# Only the exact types get a hint: a subclass of AttributeError, even with
# name= and obj=, is printed as it is.
class ConfigError(AttributeError):
    pass


class Config:
    timeout = 3


err = ConfigError("no such setting", name="timout", obj=Config())
print(err.name, type(err.obj).__name__)
raise err
