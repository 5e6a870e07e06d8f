# configparser: Basic and Extended interpolation, their errors, and write().
import configparser
import io

cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
home = /home/me
[paths]
docs = %(home)s/docs
deep = %(docs)s/deeper
pct = 100%%
loop1 = %(loop2)s
loop2 = %(loop1)s
bad = %(missing)s
syntax = %z
open = %(unclosed
""")
print(cp.get('paths', 'docs'), cp.get('paths', 'deep'), cp.get('paths', 'pct'))
print(cp.get('paths', 'pct', raw=True))
print(cp.get('paths', 'docs', vars={'home': '/other'}))
for opt in ['loop1', 'bad', 'syntax', 'open']:
    try:
        cp.get('paths', opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, '|', e, '|', e.args[:2])
try:
    cp.set('paths', 'x', 'bad % sign')
except ValueError as e:
    print('ValueError:', e)
try:
    cp.set('paths', 'x', 5)
except TypeError as e:
    print('TypeError:', e)
try:
    cp.items('paths')
except configparser.InterpolationError as e:
    print(type(e).__name__)

ex = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ex.read_string("""
[common]
root = /srv
name = app
[app]
dir = ${common:root}/${common:name}
logs = ${dir}/logs
cost = $$5
chain = ${logs}/x
bad = ${nope:x}
worse = ${a:b:c}
dollar = $x
""")
print(ex.get('app', 'dir'), ex.get('app', 'logs'), ex.get('app', 'cost'), ex.get('app', 'chain'))
for opt in ['bad', 'worse', 'dollar']:
    try:
        ex.get('app', opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, '|', e)

raw = configparser.RawConfigParser()
raw.read_string('[r]\nv = %(nothing)s\n')
print(raw.get('r', 'v'))
raw.set('r', 'n', 42)
print(raw.get('r', 'n'))
none = configparser.ConfigParser(interpolation=None)
none.read_string('[r]\nv = %(nothing)s\n')
print(none['r']['v'])
try:
    configparser.ConfigParser(interpolation=5)
except TypeError as e:
    print('TypeError:', e)

out = io.StringIO()
w = configparser.ConfigParser(allow_no_value=True)
w.read_dict({'DEFAULT': {'d': 'x'}, 'one': {'a': '1', 'multi': 'l1\nl2', 'flag': None},
             'two': {}})
w.write(out)
print(out.getvalue(), end='|\n')
out = io.StringIO()
w.write(out, space_around_delimiters=False)
print(out.getvalue(), end='|\n')
again = configparser.ConfigParser(allow_no_value=True)
again.read_string(out.getvalue())
print(again.items('one'))
