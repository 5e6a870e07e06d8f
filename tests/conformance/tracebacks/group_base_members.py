import sys

try:
    raise BaseExceptionGroup("stop", [SystemExit(3), ValueError("v")])
except* SystemExit as e:
    print("caught", repr(e), file=sys.stderr)
    raise
