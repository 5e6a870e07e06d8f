# Command-line errors: usage and "prog: error: ..." on stderr, SystemExit(2).
import argparse
import sys


def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return n


p = argparse.ArgumentParser(prog="errs")
p.add_argument("path")
p.add_argument("-n", "--count", type=positive, default=1)
p.add_argument("--ratio", type=float)
p.add_argument("--color", choices=["red", "green"])
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-info", action="store_true")
p.add_argument("--pair", nargs=2)
p.add_argument("--maybe", nargs="?", const="C")
p.add_argument("--some", nargs="+")
g = p.add_mutually_exclusive_group()
g.add_argument("--up", action="store_true")
g.add_argument("--down", action="store_true")
cases = [[], ["p", "-n", "0"], ["p", "-n", "two"], ["p", "--ratio", "x"],
         ["p", "--color", "blue"], ["p", "--ver"], ["p", "--unknown", "z"], ["p", "extra"],
         ["p", "--pair", "1"], ["p", "--some"], ["p", "--up", "--down"], ["p", "--count"],
         ["p", "--verbose=yes"], ["p", "-n"], ["p", "--maybe", "--maybe=1", "--maybe"],
         ["-n", "3"], ["p", "--col", "red"]]
for argv in cases:
    sys.stderr.write("--- %r\n" % (argv,))
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("SystemExit", e.code)
print(p.parse_known_args(["p", "--what", "x", "-y"]))

req = argparse.ArgumentParser(prog="req")
req.add_argument("--must", required=True)
req.add_argument("a")
req.add_argument("b", nargs="+")
rg = req.add_mutually_exclusive_group(required=True)
rg.add_argument("--x", action="store_true")
rg.add_argument("--y", type=int)
for argv in ([], ["--must", "m", "A", "B"], ["--must", "m", "A", "B", "--y", "1"]):
    try:
        print(req.parse_args(argv))
    except SystemExit as e:
        print("SystemExit", e.code)

quiet = argparse.ArgumentParser(prog="quiet", exit_on_error=False)
quiet.add_argument("--n", type=int)
try:
    quiet.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

# mistakes in the parser's own definition
build = argparse.ArgumentParser(prog="build")
tries = [
    lambda: build.add_argument("x", dest="y"),
    lambda: build.add_argument("x", required=True),
    lambda: build.add_argument("x", action="bogus"),
    lambda: build.add_argument("--z", nargs=0),
    lambda: build.add_argument("--z", const=1),
    lambda: build.add_argument("-h"),
    lambda: build.add_argument("--w", type="int"),
    lambda: build.add_argument("--w", nargs=2, metavar=("A", "B", "C")),
    lambda: build.add_argument("--", dest=None),
    lambda: build.add_mutually_exclusive_group().add_argument("--r", required=True),
    lambda: argparse.ArgumentParser(conflict_handler="nope"),
]
for t in tries:
    try:
        t()
        print("no error")
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
build.exit(3, "bye\n")
