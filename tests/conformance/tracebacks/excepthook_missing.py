# Without sys.excepthook CPython says so, then prints the report itself.
import sys

del sys.excepthook
raise ValueError(1)
