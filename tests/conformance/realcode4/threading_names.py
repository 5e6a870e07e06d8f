# threading.Thread's names (given, numbered, with the target's name, a
# target without one) and repr before start, its run() called directly, and
# Timer's run() called directly: the call when not cancelled, nothing after
# cancel(), and its default arguments.
import functools
import threading


def work(*args, **kwargs):
    print('work', args, sorted(kwargs.items()))


named = threading.Thread(name=42, target=work, args=(1,), kwargs={'k': 2})
print(named.name, repr(named), named.daemon, named.ident, named.is_alive())
named.run()
auto = threading.Thread(target=work)
plain = threading.Thread()
anon = threading.Thread(target=functools.partial(work, 9))
print([t.name.split(' ', 1)[1:] for t in (auto, plain, anon)],
      [t.name.startswith('Thread-') for t in (auto, plain, anon)])
print(repr(threading.Thread(name='d', daemon=True)), threading.Thread(name='').name.startswith('Thread-'))
anon.run()
plain.run()
t = threading.Timer(0.0, work, args=('timer',), kwargs={'x': 1})
print(t.interval, t.args, t.kwargs, t.finished.is_set(), t.name.startswith('Thread-'))
t.run()
print(t.finished.is_set())
c = threading.Timer(0.0, work)
c.cancel()
c.run()
print('cancelled', c.args, c.kwargs)
d = threading.Timer(0, print, ['default', 'args'])
d.run()
