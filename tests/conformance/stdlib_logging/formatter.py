# Formatter: record attributes, widths, asctime with datefmt, defaults, styles, validation.
import logging

rec = logging.LogRecord("pkg.mod", logging.WARNING, "/src/pkg/mod.py", 42, "value=%s n=%d",
                        ("v", 7), None, func="compute")
rec.created = 1700000000.25
rec.msecs = 250.0
for fmt in ("%(message)s", "%(levelname)s:%(name)s:%(message)s",
            "[%(levelname)-8s] %(name)10s | %(message)s",
            "%(pathname)s %(filename)s %(module)s %(lineno)d %(funcName)s",
            "%(asctime)s %(message)s", "%(asctime)s.%(msecs)03d %(levelno)02d",
            "%(created)f %(msecs)d", "%% literal %(message)r"):
    print(logging.Formatter(fmt).format(rec))
print(logging.Formatter("%(asctime)s", datefmt="%Y/%m/%d %H:%M:%S").format(rec))
print(logging.Formatter("{asctime} {levelname:>9} {message}", style="{").format(rec))
print(logging.Formatter("${name} ${message} $levelname", style="$").format(rec))
print(logging.Formatter("%(app)s %(message)s", defaults={"app": "demo"}).format(rec))
print(logging.Formatter().format(rec))
f = logging.Formatter("%(message)s")
print(f.usesTime(), logging.Formatter("%(asctime)s").usesTime())
print(f.formatTime(rec), f.formatTime(rec, "%H:%M"))
print(rec.message, rec.getMessage())
for fmt, style in (("plain", "%"), ("{0}", "{"), ("{x!z}", "{"), ("$", "$"), ("x", "#")):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("no fields", validate=False).format(rec))
try:
    logging.Formatter("%(missing)s").format(rec)
except ValueError as e:
    print("ValueError", e)
r2 = logging.LogRecord("n", 20, "p.py", 1, "a %(x)s b %(y)d", ({"x": "X", "y": 3},), None)
print(r2.getMessage(), r2.args)
r3 = logging.LogRecord("n", 20, "p.py", 1, "obj", (), None)
print(r3.getMessage(), repr(r3))
r4 = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelname": "X"})
print(r4.getMessage(), r4.levelname, r4.name)
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([rec, r2, r3]))
for fmt in ("{a.b[0]} {c:>{w}}", "{x:zz}", "{}", "{a!r:>5}", "{ {", "}"):
    try:
        logging.Formatter(fmt, style="{")
        print("ok", fmt)
    except ValueError as e:
        print("ValueError", e)
for fmt in ("$a ${b}", "$$ $", "${a", "$1"):
    try:
        logging.Formatter(fmt, style="$")
        print("ok", fmt)
    except ValueError as e:
        print("ValueError", e)
