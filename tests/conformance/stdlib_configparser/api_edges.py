import configparser
import io

text = """
[DEFAULT]
base = /srv
debug = off

[paths]
home = %(base)s/home
count = 7
ratio = 2.5

[empty]
"""

cp = configparser.ConfigParser()
cp.read_string(text, source="inline.ini")
print(cp.sections(), len(cp), list(cp), "paths" in cp, "DEFAULT" in cp, "nope" in cp)
print(cp.options("paths"), cp.options("empty"))
print(cp.get("paths", "home"), cp.get("paths", "home", raw=True))
print(cp.get("paths", "home", vars={"base": "/opt", "extra": 5}))
print(cp.get("paths", "missing", fallback="fb"), cp.get("nosuch", "x", fallback=None))
print(cp.getint("paths", "count"), cp.getfloat("paths", "ratio"), cp.getboolean("paths", "debug"))
print(cp.getint("paths", "nope", fallback=-1), cp.getboolean("nosuch", "x", fallback=True))
print(cp.items("paths"))
print(cp.items("paths", raw=True, vars={"count": "8"}))
print(cp.items("DEFAULT"))
print([name for name, _ in cp.items()])
for call in (lambda: cp.options("nosuch"), lambda: cp.items("nosuch"),
             lambda: cp.get("paths", "missing"), lambda: cp.get("nosuch", "x"),
             lambda: cp.add_section("paths"), lambda: cp.add_section("DEFAULT"),
             lambda: cp.getint("paths", "home"), lambda: cp["nosuch"],
             lambda: cp.remove_section("DEFAULT") or cp.__delitem__("DEFAULT"),
             lambda: configparser.ConfigParser(interpolation=5)):
    try:
        call()
    except Exception as exc:
        print(type(exc).__name__, "|", exc, "|", exc.args)

for strict_text, note in (("[a]\nx=1\n[a]\n", "section"), ("[a]\nx=1\nx=2\n", "option")):
    try:
        configparser.ConfigParser().read_string(strict_text, source="dup.ini")
    except configparser.Error as exc:
        print(note, type(exc).__name__, "|", exc, "|", exc.args, repr(exc) == str(exc))
try:
    configparser.ConfigParser().read_dict({"s": {"k": 1, "K": 2}})
except configparser.Error as exc:
    print(type(exc).__name__, "|", exc)
print(str(configparser.DuplicateSectionError("s")), "|", configparser.DuplicateOptionError("s", "o"))

cp["paths"] = {"fresh": "1"}
print(dict(cp["paths"]))
cp["DEFAULT"] = {"only": "this"}
print(dict(cp["DEFAULT"]), cp.defaults())
del cp["empty"]
print(cp.sections())
try:
    del cp["empty"]
except KeyError as exc:
    print("KeyError", exc)

proxy = cp["paths"]
print(repr(proxy), proxy.name, proxy.parser is cp, len(proxy), sorted(proxy), "fresh" in proxy)
proxy["added"] = "x"
print(proxy["added"], proxy.get("nope"), proxy.get("nope", "dflt"))
del proxy["added"]
try:
    del proxy["added"]
except KeyError as exc:
    print("KeyError", exc)
try:
    proxy["bad"] = 5
except TypeError as exc:
    print("TypeError", exc)

conv = configparser.ConfigParser(converters={"list": lambda v: v.split(",")})
conv.read_string("[s]\nitems = a,b,c\n")
print(conv.getlist("s", "items"), conv["s"].getlist("items"), sorted(conv.converters))
conv.converters["upper"] = str.upper
print(conv.getupper("s", "items"), conv["s"].getupper("items"))
del conv.converters["upper"]
print(hasattr(conv, "getupper"), hasattr(conv["s"], "getupper"), "upper" in conv.converters)
for bad in ("", 5):
    try:
        conv.converters[bad] = str
    except ValueError as exc:
        print("ValueError", exc)
    try:
        del conv.converters[bad]
    except KeyError as exc:
        print("KeyError", repr(exc))
del conv.converters["int"]
print(sorted(conv.converters), hasattr(conv, "getint"))

class Named(io.StringIO):
    name = "named.ini"

raw = configparser.RawConfigParser(interpolation=None)
raw.read_file(io.StringIO("[x]\nv = %(nothing)s\n"))
raw.read_file(Named("[y]\nw = 1\n"))
print(raw.get("x", "v"), raw.sections())
try:
    raw.read_file(io.StringIO("no header\n"))
except configparser.Error as exc:
    print(type(exc).__name__, "|", exc)
try:
    raw.read_file(Named("[z]\n  [bad\nq\n"))
except configparser.Error as exc:
    print(type(exc).__name__, "|", str(exc).replace("\n", "/"))
out = io.StringIO()
raw.write(out)
print(out.getvalue())
