# configparser's errors: messages, attributes and args, as raised by parsing and lookups.
import configparser


def show(f):
    try:
        f()
    except configparser.Error as e:
        print(type(e).__name__, '|', e, '|', repr(e) == str(e), '|', e.args)
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, '|', e)


cp = configparser.ConfigParser()
cp.read_string('[a]\nx = 1\n')
show(lambda: cp.get('b', 'x'))
show(lambda: cp.get('a', 'y'))
show(lambda: cp.options('zz'))
show(lambda: cp.add_section('a'))
show(lambda: cp.add_section('DEFAULT'))
show(lambda: cp.add_section(5))
show(lambda: cp.set('zz', 'k', 'v'))
show(lambda: cp.getint('a', 'x', fallback=None) and cp.getboolean('a', 'x'))
show(lambda: configparser.ConfigParser().read_string('[a]\nflag = maybe\n') or None)
c2 = configparser.ConfigParser()
c2.read_string('[a]\nflag = maybe\nn = abc\n')
show(lambda: c2.getboolean('a', 'flag'))
show(lambda: c2.getint('a', 'n'))
show(lambda: c2.getfloat('a', 'n'))
show(lambda: c2['missing'])
show(lambda: c2.__delitem__('DEFAULT'))
show(lambda: c2.__delitem__('nope'))
show(lambda: c2['a'].__delitem__('nope'))
show(lambda: c2.items('nope'))
show(lambda: configparser.ConfigParser().popitem())

show(lambda: configparser.ConfigParser().read_string('key = value\n[s]\n'))
show(lambda: configparser.ConfigParser().read_string('[s]\na = 1\n[s]\n', source='cfg.ini'))
show(lambda: configparser.ConfigParser().read_string('[s]\na = 1\nA = 2\n'))
show(lambda: configparser.ConfigParser().read_dict({'s': {'a': 1, 'A': 2}}))
show(lambda: configparser.ConfigParser().read_string('[s]\nno delimiter here\nok = 1\n= v\nalso bad\n'))
try:
    configparser.ConfigParser().read_string('[s]\njunk\n' + '\n' * 12 + 'more junk\n', 'f.ini')
except configparser.ParsingError as e:
    print(e.source, e.errors)
    print(e.message)

e = configparser.DuplicateSectionError('s', 'src', 7)
print(e.section, e.source, e.lineno, e)
e = configparser.DuplicateOptionError('s', 'o')
print(e.section, e.option, e)
e = configparser.NoOptionError('o', 's')
print(e.option, e.section)
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationSyntaxError, configparser.InterpolationError),
      issubclass(configparser.Error, Exception))
show(lambda: configparser.ParsingError())
show(lambda: configparser.ParsingError('a', 'b'))
cv = configparser.ConfigParser()
show(lambda: cv.converters.__setitem__('', str))
show(lambda: cv.converters.__setitem__(5, str))
try:
    cp.get('a', 'missing')
except configparser.NoOptionError as e:
    # re-raised here: CPython's traceback ends in this file, closured's in the library
    raise configparser.NoOptionError(*e.args) from None
