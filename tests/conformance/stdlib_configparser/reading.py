# configparser: reading strings and dicts, lookups through DEFAULT, conversions, the mapping view.
import configparser
from io import StringIO

text = """
# a full-line comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9

[forge.example]
User = hg
; another comment

[topsecret.server.example]
Port = 50022
ForwardX11 = no
Ratio: 0.75
multi = first line
   second line

   after a blank
empty =
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections())
print(cp.defaults())
print(cp.options('forge.example'))
print(cp.get('forge.example', 'user'), cp['forge.example']['USER'])
print(cp.getint('topsecret.server.example', 'port'))
print(cp.getfloat('topsecret.server.example', 'ratio'))
print(cp.getboolean('topsecret.server.example', 'forwardx11'))
print(cp.getboolean('forge.example', 'compression'))
print(repr(cp.get('topsecret.server.example', 'multi')))
print(repr(cp.get('topsecret.server.example', 'empty')))
print(cp.has_section('forge.example'), cp.has_section('DEFAULT'), cp.has_section('nope'))
print(cp.has_option('forge.example', 'compressionlevel'), cp.has_option('nope', 'x'),
      cp.has_option('', 'compression'), cp.has_option(None, 'user'))
print(cp.get('forge.example', 'missing', fallback='fb'))
print(cp.get('nope', 'missing', fallback=None))
print(cp.getint('forge.example', 'missing', fallback=3))
print(cp.get('forge.example', 'user', vars={'User': 'override'}))
print(list(cp), len(cp))
print('DEFAULT' in cp, 'forge.example' in cp, 'x' in cp)
sec = cp['topsecret.server.example']
print(sec, sec.name, sec.parser is cp)
print(list(sec), len(sec), 'port' in sec, 'compression' in sec)
print(sec.get('port'), sec.get('none'), sec.get('none', 'dflt'), sec.getint('port'),
      sec.getboolean('compression'), sec.getfloat('ratio'))
print(dict(cp['forge.example']))
print([(k, v.name) for k, v in cp.items()])
print(cp.items('forge.example'))
print(cp.items('DEFAULT'))

# read_dict converts keys and values to strings.
cp2 = configparser.ConfigParser()
cp2.read_dict({'s1': {'a': 1, 'B': 2.5, 'flag': True}, 2: {'x': '', 'y': 'why'}})
print(cp2.sections(), cp2.items('s1'), cp2.get('2', 'x'), cp2.get('2', 'y'))
cp2['s3'] = {'k': 'v'}
cp2['s1'] = {'only': 'this'}
print(cp2.items('s1'), cp2.items('s3'))
del cp2['s3']
print(cp2.sections(), cp2.remove_section('s3'), cp2.remove_option('s1', 'only'),
      cp2.remove_option('s1', 'only'))
print(cp2.popitem()[0], cp2.sections())
cp2.add_section('new')
cp2.set('new', 'Key', 'Value')
cp2['new']['other'] = 'o'
del cp2['new']['key']
print(cp2.items('new'))

# read_file over any iterable of lines; defaults given to the constructor.
cp3 = configparser.ConfigParser(defaults={'base': '/opt', 'Count': 3})
cp3.read_file(['[paths]\n', 'bin = %(base)s/bin\n', 'n = %(count)s\n'], source='lines')
print(cp3.get('paths', 'bin'), cp3.getint('paths', 'n'), cp3.defaults())
cp3.read_file(StringIO('[paths]\nlib = %(base)s/lib\n'))
print(cp3.get('paths', 'lib'))
print(cp3.read(['/etc/does-not-matter.ini']))

# Options, delimiters, comments and custom optionxform.
raw = configparser.RawConfigParser(allow_no_value=True, delimiters=('->',),
                                   inline_comment_prefixes=(';',),
                                   comment_prefixes=('//',))
raw.optionxform = str
raw.read_string("""[S]
Key -> value ; comment here
bare
// comment
Other -> a;not a comment
percent -> 100%
""")
print(raw.items('S'))
print(raw.get('S', 'bare'))

nb = configparser.ConfigParser(empty_lines_in_values=False, default_section='common',
                               strict=False)
nb.read_string('[common]\nz = 1\n[a]\nk = v\n  cont\n\n  not cont = 2\n[a]\nk = again\n')
print(nb.items('a'), nb.defaults())
print(configparser.ConfigParser.BOOLEAN_STATES)
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)

# Converters.
cv = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
cv.read_string('[c]\nitems = a,b,c\n')
print(cv.getlist('c', 'items'), cv['c'].getlist('items'), sorted(cv.converters))
cv.converters['upper'] = str.upper
print(cv.getupper('c', 'items'), cv['c'].getupper('items'))
del cv.converters['upper']
print(hasattr(cv, 'getupper'), sorted(cv.converters))
