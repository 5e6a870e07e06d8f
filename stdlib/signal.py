"""signal for closured: Linux's signal numbers as the Signals, Handlers and
Sigmasks enums and module constants, strsignal, valid_signals, getsignal and
default_int_handler. A workload runs on a thread of the runtime's host that
is never the main thread of the main interpreter, so signal.signal and
set_wakeup_fd raise the ValueError CPython raises on such a thread, and the
handlers getsignal reports are the ones CPython starts with (SIGINT's
default_int_handler; SIGPIPE and SIGXFSZ ignored). The calls that act on the
process (alarm, pause, setitimer, pthread_kill, sigwait, ...) raise
PermissionError; raise_signal delivers SIGINT to its default handler
(KeyboardInterrupt) and refuses other signals."""

import enum as _enum

# (name, number, description as strsignal gives it): Linux on x86-64 and arm64.
_TABLE = (
    ('SIGHUP', 1, 'Hangup'), ('SIGINT', 2, 'Interrupt'), ('SIGQUIT', 3, 'Quit'),
    ('SIGILL', 4, 'Illegal instruction'), ('SIGTRAP', 5, 'Trace/breakpoint trap'),
    ('SIGABRT', 6, 'Aborted'), ('SIGBUS', 7, 'Bus error'),
    ('SIGFPE', 8, 'Floating point exception'), ('SIGKILL', 9, 'Killed'),
    ('SIGUSR1', 10, 'User defined signal 1'), ('SIGSEGV', 11, 'Segmentation fault'),
    ('SIGUSR2', 12, 'User defined signal 2'), ('SIGPIPE', 13, 'Broken pipe'),
    ('SIGALRM', 14, 'Alarm clock'), ('SIGTERM', 15, 'Terminated'),
    ('SIGSTKFLT', 16, 'Stack fault'), ('SIGCHLD', 17, 'Child exited'),
    ('SIGCONT', 18, 'Continued'), ('SIGSTOP', 19, 'Stopped (signal)'),
    ('SIGTSTP', 20, 'Stopped'), ('SIGTTIN', 21, 'Stopped (tty input)'),
    ('SIGTTOU', 22, 'Stopped (tty output)'), ('SIGURG', 23, 'Urgent I/O condition'),
    ('SIGXCPU', 24, 'CPU time limit exceeded'), ('SIGXFSZ', 25, 'File size limit exceeded'),
    ('SIGVTALRM', 26, 'Virtual timer expired'), ('SIGPROF', 27, 'Profiling timer expired'),
    ('SIGWINCH', 28, 'Window changed'), ('SIGIO', 29, 'I/O possible'),
    ('SIGPWR', 30, 'Power failure'), ('SIGSYS', 31, 'Bad system call'),
    ('SIGRTMIN', 34, None), ('SIGRTMAX', 64, None),
)
_ALIASES = (('SIGIOT', 6), ('SIGPOLL', 29), ('SIGCLD', 17))
NSIG = 65
_DESCRIPTIONS = {number: text for _, number, text in _TABLE}

Signals = _enum.IntEnum('Signals', [(name, number) for name, number, _ in _TABLE] +
                        list(_ALIASES), module=__name__)
Handlers = _enum.IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _enum.IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1),
                                      ('SIG_SETMASK', 2)], module=__name__)
for _enum_class in (Signals, Handlers, Sigmasks):
    for _name, _member in _enum_class.__members__.items():
        globals()[_name] = _member

ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2


class itimer_error(OSError):
    pass


itimer_error.__module__ = 'signal'
ItimerError = itimer_error
_NOT_MAIN = 'signal only works in main thread of the main interpreter'


class _IntHandler(object):
    """SIGINT's default handler: raises KeyboardInterrupt. An object rather than a
    def so that it prints as the built-in function it is in CPython."""

    __slots__ = ()
    __name__ = __qualname__ = 'default_int_handler'

    def __call__(self, signalnum, frame, /):
        raise KeyboardInterrupt

    def __repr__(self):
        return '<built-in function default_int_handler>'


default_int_handler = _IntHandler()


def _number(signalnum):
    number = int(signalnum)
    if not 1 <= number < NSIG:
        raise ValueError('signal number out of range')
    return number


# What CPython installs at start-up; every other signal has SIG_DFL.
_START_HANDLERS = {2: default_int_handler, 13: Handlers.SIG_IGN, 25: Handlers.SIG_IGN}


def getsignal(signalnum, /):
    return _START_HANDLERS.get(_number(signalnum), Handlers.SIG_DFL)


def signal(signalnum, handler, /):
    raise ValueError(_NOT_MAIN)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    raise ValueError('set_wakeup_fd only works in main thread of the main interpreter')


def strsignal(signalnum, /):
    number = _number(signalnum)
    text = _DESCRIPTIONS.get(number)
    if text is None and 34 <= number <= 64:
        text = 'Real-time signal %d' % (number - 34)
    return text


def valid_signals():
    return {Signals(n) if n in Signals._value2member_map_ else n
            for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum, /):
    number = _number(signalnum)
    handler = getsignal(number)
    if handler is default_int_handler:
        handler(number, None)
    elif handler is not Handlers.SIG_IGN:
        _refuse('raise_signal(%d)' % number)


def _refuse(what):
    raise PermissionError('signal.%s: a closured workload cannot act on its process' % what)


def alarm(seconds, /):
    _refuse('alarm')


def pause():
    _refuse('pause')


def setitimer(which, seconds, interval=0.0, /):
    _refuse('setitimer')


def getitimer(which, /):
    _refuse('getitimer')


def siginterrupt(signalnum, flag, /):
    _refuse('siginterrupt')


def pthread_kill(thread_id, signalnum, /):
    _refuse('pthread_kill')


def pthread_sigmask(how, mask, /):
    _refuse('pthread_sigmask')


def sigpending():
    _refuse('sigpending')


def sigwait(sigset, /):
    _refuse('sigwait')


def sigwaitinfo(sigset, /):
    _refuse('sigwaitinfo')


def sigtimedwait(sigset, timeout, /):
    _refuse('sigtimedwait')


def pidfd_send_signal(pidfd, sig, siginfo=None, flags=0, /):
    _refuse('pidfd_send_signal')
