# The common surface: positionals, optionals of every action, help, usage, subparsers.
import argparse, sys
p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files and more text to wrap around the line width nicely.", epilog="See docs.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out", help="destination (default %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-n", "--num", type=int, default=3, choices=[1, 2, 3], help="how many")
p.add_argument("--name", metavar="NAME", required=False)
p.add_argument("--flag", action="store_true")
p.add_argument("--no-x", dest="x", action="store_false")
p.add_argument("--tag", action="append", help="tags")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--files", nargs="+")
p.add_argument("--opt", nargs="*")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--version", action="version", version="%(prog)s 1.0")
g = p.add_mutually_exclusive_group()
g.add_argument("--fast", action="store_true")
g.add_argument("--slow", action="store_true")
p.print_help()
p.print_usage()
print(p.parse_args(["a"]))
print(p.parse_args(["a", "b", "-vv", "-n2", "--tag", "x", "--tag=y", "--flag", "--no-x", "--files", "f1", "f2", "--pair", "1", "2", "--const", "--fast"]))
print(p.parse_args(["--verb", "a", "--opt"]))
for argv in (["a", "-n", "5"], ["a", "-n", "x"], [], ["a", "--fast", "--slow"], ["a", "--bogus"], ["a", "--pair", "1"], ["--version"]):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", help="sub-command help")
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", "--message")
pu = sp.add_parser("push", help="update remote", aliases=["p"])
pu.add_argument("remote")
print(sub.parse_args(["commit", "-m", "hi"]))
print(sub.parse_args(["p", "origin"]))
sub.print_help()
try:
    sub.parse_args(["push"])
except SystemExit as e:
    print("exit", e.code)
try:
    sub.parse_args(["nope"])
except SystemExit as e:
    print("exit", e.code)
try:
    c.parse_args(["-h"])
except SystemExit as e:
    print("exit", e.code)
