# parse_args() reads sys.argv[1:]; prog is the script's base name. An error that
# is not caught ends the program with status 2 after the usage on stderr.
import argparse
import sys

print(sys.argv[1:], len(sys.argv))
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--config", default="c.ini")
pg = parent.add_argument_group("shared")
pg.add_argument("--log", choices=["on", "off"], default="off")
p = argparse.ArgumentParser(parents=[parent], description="child")
p.add_argument("--level", type=int, default=1)
print(p.prog)
print(p.parse_args())
p.print_help()
r = argparse.ArgumentParser(prog="r", conflict_handler="resolve")
r.add_argument("-f", "--foo", help="old foo")
r.add_argument("--foo", help="new foo")
r.print_help()
print(r.parse_args(["-f", "1", "--foo", "2"]))
p.parse_args(["--level", "high"])
print("not reached")
