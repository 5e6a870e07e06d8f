NAME = "app"
calls = []


def __getattr__(name):
    calls.append(name)
    if name == "DEBUG":
        return False
    if name.startswith("computed") or name.startswith("other"):
        return "made:" + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
