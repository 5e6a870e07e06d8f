# A module whose names are read as attributes from another module.
def area(r):
    return 3 * r * r


def __getattr__(name):
    if name.startswith("lazy_"):
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def redefine():
    global area

    def area(r):
        return 4 * r * r
