# os.environ and os.getcwd() under `closured run`: the process's own.
import os
from collections.abc import MutableMapping

print(isinstance(os.environ, MutableMapping), type(os.environ).__name__)
print(os.path.basename(os.getcwd()), os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()))
print(os.path.relpath(os.getcwd() + "/a/b"), os.path.relpath("x", "y/z"), os.path.relpath(os.getcwd()))
print(os.path.abspath("a/../b") == os.path.join(os.getcwd(), "b"))
os.environ["CLOSURED_TEST_VAR"] = "value"
print(os.environ["CLOSURED_TEST_VAR"], os.getenv("CLOSURED_TEST_VAR"), "CLOSURED_TEST_VAR" in os.environ)
print(os.path.expandvars("$CLOSURED_TEST_VAR/${CLOSURED_TEST_VAR}x/$NOT_SET_CLOSURED/$"))
print(os.environ.pop("CLOSURED_TEST_VAR"), os.getenv("CLOSURED_TEST_VAR"), os.getenv("CLOSURED_TEST_VAR", 5))
try:
    os.environ["CLOSURED_TEST_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print(e)
os.environ.setdefault("CLOSURED_TEST_VAR", "d")
print(os.environ.get("CLOSURED_TEST_VAR"), isinstance(os.environ.copy(), dict))
home = os.environ.get("HOME")
if home is not None:
    print(os.path.expanduser("~/x") == home.rstrip("/") + "/x", os.path.expanduser("~other/x"))
else:
    print(True, "~other/x")
print(os.path.expanduser("a~/b"), os.getcwdb() == os.getcwd().encode())
