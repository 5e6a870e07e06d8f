# signal's numbers, enums, descriptions and start-up handlers.
import signal
print(signal.SIGINT, repr(signal.SIGINT), repr(signal.SIGIOT), signal.SIGPOLL, repr(signal.SIG_DFL), signal.SIG_IGN)
print(signal.NSIG, len(signal.valid_signals()), sorted(signal.valid_signals())[:3], type(signal.valid_signals()))
print(signal.getsignal(signal.SIGINT), signal.getsignal(2) is signal.default_int_handler, repr(signal.getsignal(signal.SIGTERM)), signal.getsignal(signal.SIGPIPE))
print([signal.strsignal(s) for s in signal.Signals])
print(signal.strsignal(40), signal.Signals(2), repr(signal.Signals['SIGTERM']), list(signal.Sigmasks))
for number in (0, 65, -1):
    for check in (signal.getsignal, signal.strsignal):
        try:
            check(number)
        except Exception as exc:
            print(check.__name__, type(exc).__name__, exc)
try:
    signal.default_int_handler(2, None)
except BaseException as exc:
    print(type(exc).__name__, exc)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt from raise_signal')
signal.raise_signal(signal.SIGPIPE)
print(isinstance(signal.SIGINT, int), signal.SIGINT + 1, signal.ItimerError.__mro__[1], signal.ITIMER_PROF)
print(sorted(signal.Signals.__members__)[:4], [m.name for m in signal.Signals][-3:])
