import sys
LOADS = getattr(sys.modules[__name__], 'LOADS', 0) + 1


class Thing:
    pass


def make():
    return Thing
