"""subprocess for closured: the names libraries import at load time (graphviz's backend,
pycparser's preprocessor hook) and the classes their error handling names. closured
starts no process, as it opens no file: Popen() and the functions built on it (run,
call, check_call, check_output, getoutput, getstatusoutput) check their command, then
raise PermissionError. The exceptions, CompletedProcess and list2cmdline work as in
CPython."""

import signal as _signal

__all__ = ['Popen', 'PIPE', 'STDOUT', 'DEVNULL', 'call', 'check_call', 'check_output',
           'getoutput', 'getstatusoutput', 'run', 'CalledProcessError', 'SubprocessError',
           'TimeoutExpired', 'CompletedProcess', 'list2cmdline']

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


def _signal_name(code):
    """The name of the signal a negative return code stands for, or None."""
    try:
        return _signal.Signals(-code).name
    except (ValueError, AttributeError):
        return None


class CalledProcessError(SubprocessError):
    """A process run by check_call, check_output or run(check=True) ended with a
    non-zero status; stdout is another name for output."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code is not None and code < 0:
            name = _signal_name(code)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
            return "Command '%s' died with %r." % (self.cmd, _signal.Signals(-code))
        return "Command '%s' returned non-zero exit status %s." % (self.cmd, code)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """A process outlived the timeout it was given."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() answers: the arguments, the status and what was captured."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        for name in ('stdout', 'stderr'):
            value = getattr(self, name)
            if value is not None:
                parts.append('{}={!r}'.format(name, value))
        return '{}({})'.format(type(self).__name__, ', '.join(parts))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def list2cmdline(seq):
    """The command line MS C runtime rules make of the arguments: each argument with
    a space or a tab, or empty, is quoted; backslashes are doubled only before a
    quote, and quotes are escaped."""
    out = []
    for arg in map(str, seq):
        quote = not arg or ' ' in arg or '\t' in arg
        piece = []
        slashes = 0
        for ch in arg:
            if ch == '\\':
                slashes += 1
                continue
            if ch == '"':
                piece.append('\\' * (2 * slashes + 1) + '"')
            else:
                piece.append('\\' * slashes + ch)
            slashes = 0
        if quote:
            piece.append('\\' * (2 * slashes) + '"')
            out.append('"' + ''.join(piece))
        else:
            piece.append('\\' * slashes)
            out.append(''.join(piece))
    return ' '.join(out)


def _refuse(args):
    if args is None or (not isinstance(args, (str, bytes)) and not hasattr(args, '__iter__')
                        and not hasattr(args, '__fspath__')):
        raise TypeError('expected str, bytes or os.PathLike object, not %s'
                        % type(args).__name__)
    raise PermissionError('closured starts no process: %r cannot be run' % (args,))


class Popen:
    """A child process: closured starts none, so making one raises PermissionError."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        _refuse(args)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None and kwargs.get('stdin') is not None:
        raise ValueError('stdin and input arguments may not both be used.')
    if capture_output and (kwargs.get('stdout') is not None
                           or kwargs.get('stderr') is not None):
        raise ValueError('stdout and stderr arguments may not be used with capture_output.')
    with Popen(*popenargs, **kwargs) as process:
        raise AssertionError('unreachable: Popen refused %r' % (process.args,))


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as process:
        raise AssertionError('unreachable: Popen refused %r' % (process.args,))


def check_call(*popenargs, **kwargs):
    return call(*popenargs, **kwargs)


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    return run(cmd, shell=True, text=True, stdout=PIPE, stderr=STDOUT, encoding=encoding,
               errors=errors)


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
