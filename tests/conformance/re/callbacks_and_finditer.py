# re.finditer and re.sub/subn with a function: the Match objects the matcher
# makes (every attribute), what the function may return, errors and counts.
import re

p = re.compile(r"(?P<key>\w+)=(?P<val>\d*)")
text = "a=1, bb=22, c=, dd=4444"
for m in p.finditer(text, 3, 20):
    print(m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup,
          m.pos, m.endpos, m.re is p, m.string is text, m.regs, m.start("val"), m.end(2))
    print(repr(m), m[0], m["key"], m.expand(r"\g<val>:\1"))
print([m.group() for m in re.finditer(r"\d*", "a1b22")])
print([m.span() for m in re.finditer(rb"\d+", b"x12y345")])
print(list(re.finditer("z", "abc")))


def upper(m):
    return m.group(1).upper()


print(p.sub(upper, text), p.subn(upper, text), p.sub(upper, text, count=2))
print(re.sub(r"\d", lambda m: None, "a1b2c3"))
print(re.sub(r"x*", lambda m: "-", "abc"))
print(re.subn(rb"[aeiou]", lambda m: m.group().upper(), b"education"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "3 apples and 12 pears"))
calls = []


def nested(m):
    calls.append(m.group())
    return re.sub(r"b", "B", m.group())


print(re.sub(r"\w+", nested, "abc bcd xyz"), calls)
for bad in (lambda m: 5, lambda m: b"x"):
    try:
        re.sub("a", bad, "banana")
    except TypeError as e:
        print("TypeError:", e)
try:
    re.sub(b"a", lambda m: "s", b"banana")
except TypeError as e:
    print("TypeError:", e)


def boom(m):
    raise ValueError("from the callback at %d" % m.start())


try:
    re.sub("n", boom, "banana")
except ValueError as e:
    print("ValueError:", e)
m = next(re.finditer("(a)(b)?", "ac"))
print(m.groups(), m.groups("-"), m.group(0, 1, 2), m.lastindex)
print(re.sub("a", lambda m: m.group().upper(), "banana", count=-1))
it = re.finditer("a", "aaa")
print(next(it).start(), [x.start() for x in it])
