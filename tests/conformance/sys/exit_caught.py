# sys.exit raises SystemExit: catchable, with .code, and not an Exception
import sys

for arg in [(), (None,), (0,), (3,), ("message",), (True,), ((4, "x"),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(len(arg), repr(e.code), repr(e), str(e) == str(e.code) if arg else str(e) == "")

try:
    try:
        sys.exit(2)
    except Exception:
        print("not here: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)

def finally_runs():
    try:
        sys.exit(5)
    finally:
        print("finally ran")

try:
    finally_runs()
except SystemExit as e:
    print("after finally", e.code)
print("sys.argv is a list of str:", isinstance(sys.argv, list), all(isinstance(a, str) for a in sys.argv))
