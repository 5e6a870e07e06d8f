# How strings meet actions: nargs forms, '--', negative numbers, -xVALUE, -abc,
# --opt=value, abbreviations, intermixed positionals and options.
import argparse


def show(p, argv):
    try:
        print(argv, "->", p.parse_args(argv))
    except SystemExit as e:
        print(argv, "-> SystemExit", e.code)


p = argparse.ArgumentParser(prog="n")
p.add_argument("first")
p.add_argument("opt", nargs="?", default="D")
p.add_argument("rest", nargs="*")
p.add_argument("-x", type=int)
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="store_true")
p.add_argument("-c", action="count")
for argv in (["1"], ["1", "2"], ["1", "2", "3", "4"], ["-x", "5", "1"], ["1", "-x5", "2"],
             ["-abc", "1"], ["-ab", "-cc", "1"], ["--", "-x", "-a"], ["1", "--", "2", "-x"],
             ["-x", "-5", "1"], ["-x=7", "1"], ["-ax3", "q"], ["1", "-x", "2", "3", "4"],
             ["1", "-a", "2", "-b", "3"], ["-ay", "1"]):
    show(p, argv)

q = argparse.ArgumentParser(prog="q")
q.add_argument("pair", nargs=2)
q.add_argument("tail", nargs="+")
q.add_argument("--one", nargs=1)
q.add_argument("--rem", nargs=argparse.REMAINDER)
for argv in (["a", "b", "c"], ["a", "b", "c", "d", "--one", "z"], ["a", "b"],
             ["a", "b", "c", "--rem", "x", "--one", "y"], ["-1", "-2", "-3"]):
    show(q, argv)

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("v", nargs="?")
for argv in (["-1"], ["-2"], ["--", "-2"]):
    show(neg, argv)

ab = argparse.ArgumentParser(prog="ab")
ab.add_argument("--verbose", action="store_true")
ab.add_argument("--version-string")
ab.add_argument("--ver-num", type=int)
for argv in (["--verb"], ["--version-s", "x"], ["--ver"], ["--ver-n=3"], ["--verbose=1"]):
    show(ab, argv)
noab = argparse.ArgumentParser(prog="noab", allow_abbrev=False)
noab.add_argument("--verbose", action="store_true")
show(noab, ["--verb"])
show(noab, ["--verbose"])

d = argparse.ArgumentParser(prog="d", argument_default=argparse.SUPPRESS)
d.add_argument("--a")
d.add_argument("--b", default=0)
show(d, [])
show(d, ["--a", "1"])
t = argparse.ArgumentParser(prog="t")
t.add_argument("--n", type=int, default="7")
t.add_argument("--m", type=int, default=8)
t.add_argument("--tags", action="append", default=["base"])
t.set_defaults(extra="yes", n="9")
show(t, [])
show(t, ["--tags", "x", "--tags", "y"])
print(t.get_default("n"), t.get_default("extra"), t.get_default("zzz"))
ns = argparse.Namespace(pre=1)
t.parse_args(["--m", "2"], namespace=ns)
print(ns, "m" in ns, "q" in ns, ns == argparse.Namespace(pre=1, n=9, m=2, tags=["base"], extra="yes"))
