# tomllib.loads: every value type, tables, arrays of tables, dotted keys, strings; then errors.
import io
import tomllib

doc = '''
# a pyproject-like document
title = "TOML \\"example\\" \\u00e9\\U0001F600\\ttab"
literal = 'C:\\Users\\path'
multi = """
Roses are red
Violets are \\
    blue"""
multi_lit = \'\'\'
first
  second\'\'\'
quotes = """one "" two""""
ints = [+99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf]
bools = [true, false]
odt = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00.999999-07:00
odt3 = 1979-05-27 07:32:00+05:30
ldt = 1979-05-27T07:32:00.5
ld = 1979-05-27
lt = 00:32:00.123
nested = [[1, 2], ["a", 'b'], [], [ {x = 1}, {y = [2]} ]]
trailing = [
  1,  # comment
  2,
]
inline = { name = "n", point.x = 1, point.y = 2, "quoted key" = true }
site."google.com" = true
a.b.c = 1
a.b.d = 2

[project]
name = "demo"
version = "0.1.0"
dependencies = ["requests>=2", 'rich']

[project.urls]
home = "https://example.org"

[tool.closured]
enabled = true

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''
data = tomllib.loads(doc)
for key in data:
    print(key, '=', repr(data[key]))
print(tomllib.loads('x = nan')['x'], tomllib.loads('')=={}, tomllib.loads('v = 0.1', parse_float=str))
print(tomllib.load(io.BytesIO(b'[t]\nk = "v"\n')))

bad = [
    'x = ', 'x = 1 2', '= 1', 'x 1', 'x = "unterminated', 'x = [1, 2', 'x = {a = 1',
    'x = 1\nx = 2', '[t]\n[t]', '[t]\nk=1\n[t.k]', 'a = {b = 1}\n[a]', 'x = 1979-13-01',
    'x = "\\q"', 'x = "\\uD800"', "x = 'a\nb'", '[t', '[[t]\n', 'x = 01', 'x = 1__0',
    'x = true # ok\ny = trUe', 'x = {a = 1, a = 2}', '  [[a]]\n[a]', 'a.b = 1\n[a.b]',
    'x = 0x', 'x = +inf_', 'a = [1]\n[[a]]', 'x = """abc', "k = '''x", '"k\n" = 1',
    'x = 1 # \x01', 'arr = [1,,2]', 'inl = {a = 1,}', 'x = 2000-01-01T25:00:00',
]
for text in bad:
    try:
        tomllib.loads(text)
        print(repr(text), 'parsed')
    except tomllib.TOMLDecodeError as e:
        print(repr(text), '->', e)
print(issubclass(tomllib.TOMLDecodeError, ValueError))
