# Sub-commands: set_defaults(func=...), aliases, titles, nested parsers, errors.
import argparse
import sys


def do_add(args):
    print("add", args.a + args.b)


def do_show(args):
    print("show", args.what, args.all)


p = argparse.ArgumentParser(prog="calc", description="A calculator.")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(title="commands", description="valid commands", dest="command",
                       required=True, metavar="COMMAND")
add = sub.add_parser("add", help="add two numbers", aliases=["plus", "+"])
add.add_argument("a", type=int)
add.add_argument("b", type=int)
add.set_defaults(func=do_add)
show = sub.add_parser("show", help="show something", description="Shows it.")
show.add_argument("what", choices=["all", "some"])
show.add_argument("--all", action="store_true")
show.set_defaults(func=do_show)
sub.add_parser("hidden")
for argv in (["add", "2", "3"], ["--debug", "plus", "4", "5"], ["show", "some", "--all"]):
    args = p.parse_args(argv)
    print(args.command, args.debug)
    args.func(args)
p.print_help()
add.print_help()
show.print_usage()
for argv in ([], ["mul", "1"], ["add", "1"], ["show", "none"], ["add", "1", "2", "3"],
             ["show", "-h"]):
    sys.stderr.write("--- %r\n" % (argv,))
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("SystemExit", e.code)

git = argparse.ArgumentParser(prog="git")
git.add_argument("-C", metavar="path")
cmds = git.add_subparsers(dest="cmd", help="sub-command help")
remote = cmds.add_parser("remote", help="manage remotes")
rcmds = remote.add_subparsers(dest="rcmd")
radd = rcmds.add_parser("add")
radd.add_argument("name")
radd.add_argument("url")
rcmds.add_parser("list")
print(git.parse_args(["-C", "/x", "remote", "add", "o", "u"]))
print(git.parse_args(["remote", "list"]))
print(git.parse_args([]))
print(git.parse_known_args(["remote", "list", "--zz"]))
git.print_help()
radd.print_help()
try:
    cmds.add_parser("remote")
except argparse.ArgumentError as e:
    print(e)
try:
    git.add_subparsers()
except SystemExit as e:
    print("SystemExit", e.code)
