# SystemExit is not reported: the hook is not called.
import sys

sys.excepthook = lambda *a: print("hook", a[0].__name__)
print("exiting")
sys.exit(3)
