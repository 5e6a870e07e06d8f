class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback:{name}"

    def method(self):
        return "method"


o = Logged()
print(o.x, o.method(), o.missing, o.secret_key)
