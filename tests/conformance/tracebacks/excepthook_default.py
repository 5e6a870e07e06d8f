# A hook that logs, then hands over to sys.__excepthook__ (the default report on stderr).
import sys


def hook(t, v, tb):
    print("logged", t.__name__, v)
    sys.__excepthook__(t, v, tb)


sys.excepthook = hook
raise KeyError("k")
