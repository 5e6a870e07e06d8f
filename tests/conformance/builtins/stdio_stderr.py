# print to sys.stderr and sys.stderr.write: the text goes to stderr, not stdout
import sys
print("to stdout")
print("to stderr", 1, file=sys.stderr)
n = sys.stderr.write("written\n")
print("wrote", n)
sys.stdout.flush()
sys.stderr.flush()
print("done")
