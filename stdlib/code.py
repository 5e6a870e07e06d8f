"""code for closured: InteractiveInterpreter (runsource, runcode and the
error reports a console prints) and InteractiveConsole (push, interact)
over input() or a read function the program gives, with codeop deciding
when an input is complete. The traceback of an error in the input leaves
out the console's own frame, as CPython's does."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ['InteractiveInterpreter', 'InteractiveConsole', 'interact', 'compile_command']


class InteractiveInterpreter:
    """Compiles and runs inputs in one namespace, reporting errors through write()."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {'__name__': '__console__', '__doc__': None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename='<input>', symbol='single'):
        """True when more input is needed; otherwise runs (or reports) it and False."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def _hook(self):
        hook = getattr(sys, 'excepthook', None)
        return None if hook is None or hook is getattr(sys, '__excepthook__', None) else hook

    def showsyntaxerror(self, filename=None):
        kind, error, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = kind, error, tb
        if filename and kind is SyntaxError:
            # Report the console's file name, not the one the compiler was given.
            error = SyntaxError(error.msg, (filename, error.lineno, error.offset, error.text))
            sys.last_value = error
        hook = self._hook()
        if hook is None:
            self.write(''.join(traceback.format_exception_only(kind, error)))
        else:
            hook(kind, error, tb)

    def showtraceback(self):
        kind, error, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = kind, error, tb
        hook = self._hook()
        try:
            if hook is None:
                trimmed = error.with_traceback(tb.tb_next)
                self.write(''.join(traceback.format_exception(trimmed)))
            else:
                hook(kind, error, tb)
        finally:
            error = tb = None

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter that gathers lines until they form a complete input."""

    def __init__(self, locals=None, filename='<console>'):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Reads with raw_input() until EOFError, showing sys.ps1 or sys.ps2."""
        if not hasattr(sys, 'ps1'):
            sys.ps1 = '>>> '
        if not hasattr(sys, 'ps2'):
            sys.ps2 = '... '
        if banner is None:
            self.write('Python %s on %s\n%s\n(%s)\n' % (
                sys.version, sys.platform,
                'Type "help", "copyright", "credits" or "license" for more information.',
                type(self).__name__))
        elif banner:
            self.write('%s\n' % str(banner))
        more = False
        while True:
            try:
                try:
                    line = self.raw_input(sys.ps2 if more else sys.ps1)
                except EOFError:
                    self.write('\n')
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write('\nKeyboardInterrupt\n')
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % type(self).__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line):
        """Adds a line; True when the gathered input still needs more."""
        self.buffer.append(line)
        more = self.runsource('\n'.join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=''):
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)
