# cmd.Cmd driven by a StringIO and by input(): dispatch, help, the columns,
# '?' and '!', empty lines repeating, EOF, precmd/postcmd hooks.
import cmd
import io
import sys


class Shell(cmd.Cmd):
    intro = 'Welcome to the test shell.'
    prompt = '(test) '

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.total = 0

    def do_add(self, arg):
        """add N: adds N to the total."""
        self.total += int(arg or 0)
        self.stdout.write('total %d\n' % self.total)

    def do_echo(self, arg):
        self.stdout.write('echo [%s]\n' % arg)

    def do_shell(self, arg):
        'Pretend to run a shell command.'
        self.stdout.write('shell would run %r\n' % arg)

    def help_topic(self):
        self.stdout.write('a topic with no command\n')

    def help_add(self):
        self.stdout.write('custom help for add\n')

    def do_quit(self, arg):
        'Stop the loop.'
        self.stdout.write('bye\n')
        return True

    def do_EOF(self, arg):
        self.stdout.write('EOF seen\n')
        return True

    def precmd(self, line):
        self.stdout.write('<pre %r>\n' % line)
        return line

    def postloop(self):
        self.stdout.write('postloop\n')


script = '\n'.join(['add 3', '', 'echo  hello   world ', '?', 'help add', 'help echo',
                    'help quit', 'help topic', 'help nothing', '!ls -l', 'bogus stuff',
                    '   ', '%%%', 'add 4', 'quit', 'never reached'])
out = io.StringIO()
shell = Shell(stdin=io.StringIO(script), stdout=out)
shell.use_rawinput = False
shell.cmdloop()
print(out.getvalue())
print(repr(shell.lastcmd), shell.total)

# End of input is the command EOF.
out = io.StringIO()
shell = Shell(stdin=io.StringIO('echo last'), stdout=out)
shell.use_rawinput = 0
shell.cmdloop('another intro')
print(out.getvalue())

# cmdqueue runs first; onecmd and parseline on their own.
plain = cmd.Cmd(stdout=io.StringIO())
print(plain.parseline('  do  this  '), plain.parseline('?x'), plain.parseline('!x'),
      plain.parseline(''), plain.parseline('*star'))
print(plain.onecmd('nothing'), plain.stdout.getvalue())
print(sorted(Shell().completenames('e')), sorted(Shell().complete_help('a')))

# columnize on its own.
for width in (80, 30, 10, 3):
    out = io.StringIO()
    c = cmd.Cmd(stdout=out)
    c.columnize(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',
                 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho'], width)
    print(out.getvalue())
out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.columnize([])
c.columnize(['only'])
c.columnize(['a', '', 'b', ''], 3)
try:
    c.columnize(['a', 1, 'b', None])
except TypeError as exc:
    print('TypeError', exc)
print(out.getvalue())
many = ['cmd%d' % n for n in range(40)]
out = io.StringIO()
cmd.Cmd(stdout=out).print_topics('Header', many, 15, 40)
print(out.getvalue())

# The default loop reads with input(), its prompt going to sys.stdout.
sys.stdin = io.StringIO('echo via input\nadd 5\n')
Shell(stdout=sys.stdout).cmdloop()
print()
