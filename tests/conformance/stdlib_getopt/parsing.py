# getopt and gnu_getopt: short and long options, arguments, prefixes, operands, errors.
import getopt

cases = [
    (['-a', '-b', 'val', '-cfoo', 'file', '-x'], 'ab:c:', []),
    (['-abval', 'rest'], 'ab:', []),
    (['--name=joe', '--verbose', '--out', 'f.txt', 'x'], '', ['name=', 'verbose', 'output=']),
    (['--verb', '--na', 'bob'], '', ['name=', 'verbose']),
    (['-a', '--', '-b'], 'ab', []),
    (['-', '-a'], 'a', []),
    (['--flag='], '', ['flag=']),
    ([], 'a', []),
    (['--only'], '', 'only'),
]
for args, short, long in cases:
    print(getopt.getopt(args, short, long))

print(getopt.gnu_getopt(['x', '-a', 'y', '--long', 'v', 'z', '--', '-b'], 'ab', ['long=']))
print(getopt.gnu_getopt(['x', '-a', 'y'], '+a'))
print(getopt.gnu_getopt(['-', '-a'], 'a'))

bad = [
    (['-z'], 'a', []),
    (['-b'], 'b:', []),
    (['--nope'], '', ['name=']),
    (['--name'], '', ['name=']),
    (['--verbose=1'], '', ['verbose']),
    (['--v'], '', ['verbose', 'version']),
    (['-:'], 'a:', []),
]
for args, short, long in bad:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print('GetoptError:', e, '|', repr(e.opt), e.msg == str(e), e.args)

print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
try:
    getopt.gnu_getopt(['a', '--x'], '', [])
except getopt.error as e:
    print(e)
try:
    getopt.getopt(['-q'], 'a')
except getopt.GetoptError as e:
    # re-raised here: CPython's traceback ends in this file, closured's in the library
    raise getopt.GetoptError(*e.args) from None
