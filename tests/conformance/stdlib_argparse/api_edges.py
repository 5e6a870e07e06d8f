import argparse
import io
import sys

parser = argparse.ArgumentParser(prog="tool", description="A tool that does things.",
                                 argument_default=None)
parser.add_argument("-v", "--verbose", action="count", help="more output (%(dest)s)")
parser.add_argument("--level", type=int, default=3, choices=[1, 2, 3],
                    help="level %(type)s in {%(choices)s}, default %(default)s, prog %(prog)s")
parser.add_argument("--version", action="version", version="%(prog)s 1.2")
parser.add_argument("name", nargs="?", default="anon", help="who")
parser.set_defaults(extra="yes", level=2)
print(parser.get_default("level"), parser.get_default("extra"), parser.get_default("none"))
print(parser.parse_args([]))
print(parser.parse_args(["-vvv", "--level", "1", "bob"]))
print(parser.parse_known_args(["--level", "3", "x", "--unknown", "u1"]))
parser.print_help(sys.stdout)

for kwargs in ({"action": "nonsense"}, {"type": 5}, {"type": argparse.FileType},
               {"nargs": 2, "metavar": ("A", "B", "C")}):
    try:
        argparse.ArgumentParser().add_argument("--opt", **kwargs)
    except ValueError as exc:
        print("ValueError:", exc)

group_parser = argparse.ArgumentParser(prog="grp")
group = group_parser.add_mutually_exclusive_group()
group.add_argument("--a", action="store_true")
group.add_argument("--b", action="store_true")
try:
    group.add_argument("--c", required=True)
except ValueError as exc:
    print("ValueError:", exc)
titled = group_parser.add_argument_group("extras", "extra options")
titled.add_argument("--x", default="X")
print(group_parser.parse_args(["--a"]))
group_parser.print_help(sys.stdout)
print(group_parser.format_usage(), end="")

quiet = argparse.ArgumentParser(prog="quiet", exit_on_error=False)
quiet.add_argument("--n", type=int)
try:
    quiet.parse_args(["--n", "x"])
except argparse.ArgumentError as exc:
    print("ArgumentError:", exc)

subs_parser = argparse.ArgumentParser(prog="git")
subs = subs_parser.add_subparsers(dest="cmd")
commit = subs.add_parser("commit", aliases=["ci", "c"], help="record changes")
commit.add_argument("-m")
print(subs_parser.parse_args(["ci", "-m", "msg"]))
print(subs_parser.parse_known_args(["c", "-m", "x", "--bogus"]))
print(sorted(subs.choices))
subs_parser.print_help(sys.stdout)

ns = argparse.Namespace(a=1, b=[2])
print(ns, "a" in ns, ns == argparse.Namespace(a=1, b=[2]), ns == 5)

err = io.StringIO()
saved = sys.stderr
sys.stderr = err
try:
    parser.parse_args(["--version"])
except SystemExit as exc:
    print("exit", exc.code)
try:
    parser.parse_args(["--level", "9"])
except SystemExit as exc:
    print("exit", exc.code)
sys.stderr = saved
print(err.getvalue())
