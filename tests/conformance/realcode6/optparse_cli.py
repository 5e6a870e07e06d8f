# optparse: a parser with every action, typed and choice options, groups, callbacks,
# defaults and %default/%prog, its help under both formatters, parsed command lines and
# the errors that print the usage and exit with status 2.
import optparse, sys, io
p = optparse.OptionParser(usage='%prog [options] file', version='%prog 1.0', description='Does things to files in a long description that needs wrapping because it is longer than the width.', epilog='Bye now.')
p.add_option('-v', '--verbose', action='store_true', dest='verbose', help='say more')
p.add_option('-q', action='store_false', dest='verbose')
p.add_option('-n', '--num', type='int', default=3, help='how many [default: %default]')
p.add_option('--mode', choices=['a','b'], metavar='M', help='a very long help text for the mode option that goes on and on so that it has to be wrapped over several lines')
p.add_option('--very-long-option-name-here', dest='lng', help='long')
p.add_option('-c', action='count', dest='count')
p.add_option('--pair', nargs=2, type='float')
p.add_option('--hidden', help=optparse.SUPPRESS_HELP)
def cb(option, opt, value, parser, extra):
    print('callback', opt, value, extra)
    parser.values.cb = value
p.add_option('--cb', action='callback', callback=cb, type='string', callback_args=('X',))
g = optparse.OptionGroup(p, 'Extra', 'Extra options here.')
g.add_option('-x', action='append', dest='xs')
g.add_option('--k', action='append_const', const=7, dest='ks')
p.add_option_group(g)
p.print_help()
vals, args = p.parse_args(['-v', '-n5', 'f', '-x', '1', '-x2', '--mode=b', '-ccc', '--pair', '1', '2.5', '--cb', 'z', '--k', '--very', 'L', '--', '-q'])
print(vals, args, vals.verbose, vals.num)
print(p.get_default_values(), p.defaults)
print(p.get_usage(), p.get_version())
for bad in [['--nope'], ['-n', 'x'], ['--mode', 'c'], ['-n'], ['--verbose=1'], ['--ve']]:
    err = io.StringIO(); old = sys.stderr; sys.stderr = err
    try:
        p.parse_args(bad)
    except SystemExit as e:
        sys.stderr = old
        print('exit', e.code, repr(err.getvalue()))
    sys.stderr = old
t = optparse.OptionParser(formatter=optparse.TitledHelpFormatter(), add_help_option=False)
t.add_option('-a', '--all', help='everything')
t.print_help()
try:
    optparse.Option('x')
except optparse.OptionError as e:
    print(e)
try:
    p.add_option('-v')
except optparse.OptionConflictError as e:
    print(e)
print(optparse.Values({'a': 1}) == {'a': 1})
p2 = optparse.OptionParser(); p2.disable_interspersed_args(); p2.add_option('-a', action='store_true')
print(p2.parse_args(['x', '-a'])[1])
