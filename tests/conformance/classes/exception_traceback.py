class ConfigError(Exception):
    pass


class Loader:
    def load(self, name):
        if not name:
            raise ConfigError("empty name")
        return name.upper()


l = Loader()
print(l.load("x"))
l.load("")
