# Help and usage layout: wrapping, long invocations, groups, formatter classes.
import argparse

p = argparse.ArgumentParser(prog="longprogramname", description="""First   paragraph
    of a description that is long enough to need wrapping at the formatter's width of
    seventy-eight columns, mentioning %(prog)s.""", epilog="The end.")
for i in range(8):
    p.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i, help="help for %d" % i)
p.add_argument("--a-very-long-option-name-indeed", help="this invocation is longer than "
               "the help position so the help starts on the next line and wraps when it "
               "runs past the width of the terminal")
p.add_argument("-q", help=argparse.SUPPRESS)
p.add_argument("inputs", nargs="+", help="input files")
p.add_argument("mode", choices=["fast", "slow"], help="one of %(choices)s")
p.add_argument("extra", nargs="*", metavar="X")
grp = p.add_argument_group("advanced", "Settings most users never need.")
grp.add_argument("--depth", type=int, default=4, help="depth (%(type)s, default %(default)s)")
grp.add_argument("--empty-help", help="")
print(p.format_usage())
p.print_help()

raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter,
                              description="line one\n  line two indented\nline three")
raw.add_argument("--x", help="keeps\nits lines")
raw.print_help()
rd = argparse.ArgumentParser(prog="rd", formatter_class=argparse.RawDescriptionHelpFormatter,
                             description="kept\n   as is", epilog="  epilog\nlines")
rd.add_argument("--y", help="wrapped   like\nusual")
rd.print_help()
dflt = argparse.ArgumentParser(prog="dflt", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
dflt.add_argument("--level", default=3, help="the level")
dflt.add_argument("--name", help="no default shown? None is shown")
dflt.add_argument("pos", nargs="?", default="p", help="positional")
dflt.add_argument("--flag", action="store_true", help="a flag")
dflt.print_help()
plus = argparse.ArgumentParser(prog="plus", prefix_chars="+", add_help=True)
plus.add_argument("+v", action="store_true", help="verbose")
plus.print_help()
print(plus.parse_args(["+v"]))
nohelp = argparse.ArgumentParser(prog="nohelp", add_help=False, usage="%(prog)s [stuff]")
nohelp.add_argument("x")
nohelp.print_help()
mv = argparse.ArgumentParser(prog="mv")
mv.add_argument("--point", nargs=2, metavar=("X", "Y"), type=float)
mv.add_argument("--many", nargs="*", metavar=("FIRST", "REST"))
mv.add_argument("--bool", action=argparse.BooleanOptionalAction, default=True, help="toggle")
mv.add_argument("--ext", action="extend", nargs="+", type=int)
mx = mv.add_mutually_exclusive_group(required=True)
mx.add_argument("--json", action="store_true")
mx.add_argument("--yaml", action="store_true")
mx.add_argument("--hidden", action="store_true", help=argparse.SUPPRESS)
mv.print_help()
print(mv.parse_args(["--point", "1", "2.5", "--no-bool", "--ext", "1", "2", "--ext", "3", "--json"]))
narrow = argparse.ArgumentParser(prog="a-program-name-that-is-rather-long-for-a-narrow-layout",
                                 formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40))
narrow.add_argument("--alpha", help="alpha option with a help text to wrap")
narrow.add_argument("--beta-gamma-delta")
narrow.add_argument("positional_thing")
narrow.print_help()
print(repr(p)[:60])
print(p._actions[1])
