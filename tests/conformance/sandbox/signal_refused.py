# signal exists for its names, but a workload runs on a thread that is not the
# main thread of the main interpreter: installing a handler raises CPython's
# ValueError for such a thread, and the calls that act on the process refuse.
import signal

print(signal.getsignal(signal.SIGINT))
for attempt in (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
                lambda: signal.set_wakeup_fd(-1)):
    try:
        attempt()
    except ValueError as exc:
        print('ValueError:', exc)
for name, args in (('alarm', (1,)), ('pause', ()), ('setitimer', (0, 1.0)),
                   ('pthread_kill', (0, 9)), ('raise_signal', (15,))):
    try:
        getattr(signal, name)(*args)
    except PermissionError as exc:
        print('PermissionError:', exc)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
