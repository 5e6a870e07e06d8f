# string.Formatter's steps, overridden one at a time: get_value for defaults, format_field
# for a custom spec, convert_field for a new conversion, check_unused_args for strictness;
# parse() and get_field() on their own.
import string


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        if spec.endswith("u"):
            return format(str(value), spec[:-1]).upper()
        return super().format_field(value, spec)

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))


f = string.Formatter()
print(f.format("{} + {} = {sum}", 1, 2, sum=3), f.format("{0:>{1}}|{x[k]}|{y.__class__.__name__}", "r", 5, x={"k": "v"}, y=7))
print(f.vformat("{a}-{b!r}", (), {"a": 1, "b": "two"}), f.format("{{literal}} {0!s:^7}", "mid"))
print(Defaulting().format("Hello {name}, you are {age} ({0})", "pos", name="Ada"))
print(Upper().format("{0:>8u}|{1!l}|{2:.2f}", "shout", "QUIET", 3.14159))
print(Strict().format("{a}", a=1))
try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print("ValueError:", e)
for fmt in ["plain", "a{0}b{x!r:>2}c", "{}", "{{}}", "x{{y}}z", "{0[1]}{a.b}", "{:{}}", "end{0}"]:
    print(repr(fmt), list(f.parse(fmt)))
for fmt in ["{", "}", "a}b", "{0!}", "{0!rx}", "{0[}", "{!r"]:
    try:
        list(f.parse(fmt))
        print(repr(fmt), "parsed")
    except ValueError as e:
        print(repr(fmt), "ValueError:", e)
print(f.get_field("0[1]", ([5, 6],), {}), f.get_field("name", (), {"name": "n"}))
for fmt, args in [("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{0!q}", (1,)), ("{5}", (1,)), ("{a.}", ()), ("{0:{1:{2}}}", (1, 2, 3))]:
    try:
        print(f.format(fmt, *args, a=1))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
