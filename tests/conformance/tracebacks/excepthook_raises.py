# A hook that raises: CPython reports the hook's error, then the original exception.
import sys
def hook(t, v, tb):
    print("hook", t.__name__, v)
    1/0
sys.excepthook = hook
def f():
    raise ValueError("boom")
f()
