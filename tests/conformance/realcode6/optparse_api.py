# optparse's API edges: conflict handlers, removing options, defaults (set_default(s),
# string defaults checked, process_default_values off), Values' updates, group lookups,
# both option orders in help, help positions across groups, short option clusters.
import optparse, sys, io

def attempt(fn, *args, **kwargs):
    err = io.StringIO(); old = sys.stderr; sys.stderr = err
    try:
        return fn(*args, **kwargs)
    except SystemExit as e:
        print('exit', e.code, repr(err.getvalue()))
    except (optparse.OptParseError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
    finally:
        sys.stderr = old

p = optparse.OptionParser(prog='tool', conflict_handler='resolve')
p.add_option('-f', '--file', dest='file', metavar='PATH', help='input [default: %default]')
p.add_option('-o', '--out', default='x.txt', help='output [default: %default]')
p.add_option('-n', type='int', default='7', help='count')
p.add_option('-a', action='store_true')
p.add_option('-b', action='store_true')
p.add_option('-f', '--force', action='store_true', help='now -f is force')
print(sorted(o.get_opt_string() for o in p.option_list))
print(p.has_option('--file'), p.has_option('-f'), p.get_option('-f').dest)
g = optparse.OptionGroup(p, 'Group one', 'Options of the first group, with a description.')
g.add_option('--a-rather-long-group-option', metavar='VALUE', help='lives in a group')
g.add_option('-z', help='short one')
p.add_option_group(g)
print(p.get_option_group('-z').title, p.get_option_group('--nothing'))
p.print_help()
p.formatter.short_first = 0
p.print_help()
print(p.get_default_values())
p.set_default('out', 'y.txt')
p.set_defaults(n='9', extra=1)
vals, args = p.parse_args(['-abn', '12', 'rest', '-z', 'zed'])
print(vals, args)
p.set_process_default_values(False)
print(p.get_default_values())
p.set_process_default_values(True)
print(p.get_default_values())
p.remove_option('--force')
print(p.has_option('-f'), p.has_option('--force'))
attempt(p.remove_option, '--never')
p.remove_option('--file')
print(p.has_option('--file'))
p.set_defaults(n='bad')
attempt(p.get_default_values)

q = optparse.OptionParser()
q.add_option('-v', '--verbose', action='store_true')
attempt(q.add_option, '--verbose', action='store_false')
q.set_conflict_handler('resolve')
q.add_option('-v', action='count', dest='level')
print(q.has_option('-v'), q.has_option('--verbose'), q.get_option('-v').dest)
attempt(q.set_conflict_handler, 'other')
q.disable_interspersed_args()
print(q.parse_args(['-vv', 'x', '-v'])[1])
q.enable_interspersed_args()
vals, args = q.parse_args(['-vv', 'x', '-v']); print(vals, args)
attempt(q.parse_args, ['-vq'])

v = optparse.Values({'a': 1, 'b': None})
v._update({'a': 2, 'b': 3, 'c': 4}, 'careful')
print(v)
v._update({'c': 5}, 'loose')
print(v, v.ensure_value('d', []), v.ensure_value('a', 0), v != optparse.Values({'a': 2}))
attempt(v._update, {}, 'weird')
print(repr(optparse.Values()).startswith('<Values at'), optparse.Values() == 3)

o = optparse.Option('-s', '--size', type='int', dest='size', default=4)
print(o, o.takes_value(), o.get_opt_string(), repr(o).startswith('<Option at'))
print(optparse.Option('-k').get_opt_string(), optparse.Option('--kk', action='store_true').takes_value())
for args, kwargs in [(('-x',), {'action': 'explode'}), (('-x',), {'type': 'nope'}),
                     (('--x',), {'action': 'store_true', 'type': 'int'}),
                     (('-x',), {'nargs': 2, 'action': 'count'}), (('-x',), {'bogus': 1}),
                     (('x',), {}), (('-xy',), {}), (('---x',), {}), (('-x',), {'callback': 3})]:
    attempt(optparse.Option, *args, **kwargs)

h = optparse.OptionParser(usage=optparse.SUPPRESS_USAGE, description='Desc.', add_help_option=False,
                          formatter=optparse.IndentedHelpFormatter(width=40, max_help_position=10))
h.add_option('-q', '--quiet-please', help='a help text long enough to be wrapped at forty columns')
h.add_option('--x', help='at the help position')
print(h.format_help(), end='')
print(repr(h.get_usage()))
h.set_usage('%prog -q')
print(h.get_usage(), end='')
h.set_usage(None)
print(h.get_usage(), end='')
h.destroy()
print(hasattr(h, 'option_list'))
p = optparse.OptionParser(add_help_option=False, usage='usage: %prog go', prog='pp', epilog='The end of it.')
print(repr(p.format_help()))
print(repr(p.format_option_help()))
g = p.add_option_group('Only group')
print(repr(p.format_help()))
g.add_option('-g', action='store_const', const=5)
print(repr(p.format_help()))
class P(optparse.OptionParser):
    standard_option_list = [optparse.make_option('-s', '--std', type='float', default='1.5')]
q = P(option_list=[optparse.Option('-o', type='choice', choices=['x', 'y'])], version='1')
print(q.format_help())
print(q.parse_args(['-o', 'y', '--std=2', '-s3'])[0])
print(q.parse_args(['--st', '4'])[0])
t = optparse.OptionParser(formatter=optparse.TitledHelpFormatter())
t.add_option_group('G', 'desc').add_option('--x')
print(t.format_help())
