# sys.excepthook set by the program reports an uncaught exception in place of the
# default report: it gets the type, the exception and its traceback.
import sys


def hook(t, v, tb):
    print("hook:", t.__name__, v, type(tb).__name__, tb.tb_lineno)
    print("frames:", len(__import__("traceback").extract_tb(tb)))


print(sys.excepthook is sys.__excepthook__, sys.__excepthook__.__name__)
sys.excepthook = hook


def f():
    raise ValueError("boom")


f()
