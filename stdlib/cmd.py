"""cmd for closured: Cmd, the base of line-oriented command interpreters.
A line 'word rest' calls do_word(rest); '?' is help and '!' shell; help lists
documented and undocumented commands in CPython's columns. cmdloop reads
from input() (use_rawinput, the default) or from the stdin the instance was
given, so a program can drive it from io.StringIO; there is no readline in
closured, so tab completion is not wired to a terminal (the complete_* and
completenames methods still answer when called)."""

import string
import sys

__all__ = ['Cmd']

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ''
    doc_header = 'Documented commands (type help <topic>):'
    misc_header = 'Miscellaneous help topics:'
    undoc_header = 'Undocumented commands:'
    nohelp = '*** No help on %s'
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    def _next_line(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip('\r\n') if line else 'EOF'

    def cmdloop(self, intro=None):
        """Reads and runs commands until one of them (or postcmd) returns a true value."""
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + '\n')
        finished = None
        while not finished:
            line = self.precmd(self._next_line())
            finished = self.postcmd(self.onecmd(line), line)
        self.postloop()

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    def parseline(self, line):
        """(command, argument, line) with '?' and '!' spelled out; (None, None, line)
        when the line is empty or names no command."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Runs one line; what the do_ method returns tells cmdloop whether to stop."""
        command, argument, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if not command:
            return self.default(line)
        handler = getattr(self, 'do_' + command, None)
        if handler is None:
            return self.default(line)
        return handler(argument)

    def emptyline(self):
        """An empty line repeats the last command, if there was one."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        wanted = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(wanted)]

    def complete(self, text, state):
        """Completion goes through readline, which closured does not have."""
        raise NotImplementedError('cmd.Cmd.complete: closured has no readline')

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        found = set(self.completenames(*args))
        found.update(name[5:] for name in self.get_names() if name.startswith('help_' + args[0]))
        return list(found)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = sorted(self.get_names())
        topics = {name[5:]: True for name in names if name.startswith('help_')}
        documented, undocumented = [], []
        for name in dict.fromkeys(names):
            if not name.startswith('do_'):
                continue
            command = name[3:]
            if topics.pop(command, False) or getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write('%s\n' % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, list(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, arg):
        helper = getattr(self, 'help_' + arg, None)
        if helper is not None:
            helper()
            return
        command = getattr(self, 'do_' + arg, None)
        if command is not None and command.__doc__:
            self.stdout.write('%s\n' % str(command.__doc__))
            return
        self.stdout.write('%s\n' % str(self.nohelp % (arg,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write('%s\n' % str(header))
        if self.ruler:
            self.stdout.write('%s\n' % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write('\n')

    def columnize(self, list, displaywidth=80):
        """Prints the strings in as few rows as fit displaywidth, filling columns
        top to bottom, two spaces between columns."""
        items = list
        if not items:
            self.stdout.write('<empty>\n')
            return
        bad = [str(at) for at, item in enumerate(items) if not isinstance(item, str)]
        if bad:
            raise TypeError('list[i] not a string for i in %s' % ', '.join(bad))
        count = len(items)
        if count == 1:
            self.stdout.write('%s\n' % str(items[0]))
            return
        layout = _fit_columns(items, displaywidth)
        if layout is None:
            rows, widths = count, [0]
        else:
            rows, widths = layout
        for row in range(rows):
            cells = [items[at] if at < count else ''
                     for at in range(row, rows * len(widths), rows)]
            while cells and not cells[-1]:
                cells.pop()
            self.stdout.write('%s\n' % '  '.join(cell.ljust(widths[column])
                                                  for column, cell in enumerate(cells)))


def _fit_columns(items, displaywidth):
    """(rows, column widths) for the fewest rows (fewer than len(items)) whose
    columns fit displaywidth, or None when none does."""
    count = len(items)
    for rows in range(1, count):
        widths = [max(len(item) for item in items[start:start + rows])
                  for start in range(0, count, rows)]
        if sum(widths) + 2 * (len(widths) - 1) <= displaywidth:
            return rows, widths
    return None
