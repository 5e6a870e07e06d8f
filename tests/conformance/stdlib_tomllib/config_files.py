# tomllib: configuration files as programs read them: load() from bytes, Decimal floats, lookups.
import io
import tomllib
from decimal import Decimal

pyproject = b'''[build-system]
requires = ["setuptools>=61", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "example-pkg"
version = "1.2.3"
authors = [{ name = "Ann", email = "ann@example.org" }, { name = "Bob" }]
classifiers = [
    "Programming Language :: Python :: 3",  # trailing comma next
    "License :: OSI Approved :: MIT License",
]
optional-dependencies.test = ["pytest", "coverage[toml]"]

[tool.pytest.ini_options]
addopts = "-ra -q"
testpaths = ["tests"]

[tool.coverage.run]
branch = true
omit = ['*/vendor/*']
'''
cfg = tomllib.load(io.BytesIO(pyproject))
print(sorted(cfg))
print(cfg['project']['name'], cfg['project']['version'], [a['name'] for a in cfg['project']['authors']])
print(cfg['project']['optional-dependencies'], cfg['tool']['pytest']['ini_options'])
print(cfg['tool']['coverage']['run'], cfg['build-system']['requires'])

prices = tomllib.loads('apple = 0.1\npear = 2.50\nn = 3\ntotal = 1e-2\n', parse_float=Decimal)
print(prices, sum(v for v in prices.values() if isinstance(v, Decimal)))

settings = tomllib.loads('''
[server]
host = "0.0.0.0"
port = 8080
timeout = 2.5
[server.tls]
enabled = false
[[server.routes]]
path = "/"
[[server.routes]]
path = "/api"
methods = ["GET", "POST"]
''')
for route in settings['server']['routes']:
    print(route.get('path'), route.get('methods', ['GET']))
print(settings['server']['tls'], type(settings['server']['timeout']).__name__)

errors = ['[server]\nport = 80\n\n[server]\n', 'name = "x"\nname = "y"\n',
          '[a]\nb = 1\n[a.b]\n', 'x = [1, 2,\n  3\n', 'key = value\n', '[tool.x]\ny = {a = 1}\ny.b = 2\n']
for text in errors:
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        print(type(e).__name__, e)
try:
    tomllib.load(io.StringIO('a = 1'))
except TypeError as e:
    print('TypeError:', e)
