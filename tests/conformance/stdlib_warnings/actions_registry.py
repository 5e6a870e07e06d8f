# warnings' actions and what each remembers: "default" once per (text,
# category, line), "module" once per text in a registry, "once" once per text
# anywhere, "always" every time; warn_explicit with a registry and modules,
# filters added twice (moved to the front, or left in place when appended),
# filters matching by message, module and line, an unknown action, and
# catch_warnings' repr and its misuse.
import warnings

shown = []
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: \
    shown.append((str(message), category.__name__, filename, lineno))


def run(action):
    del shown[:]
    registry = {}
    warnings.resetwarnings()
    warnings.simplefilter(action)
    for line in (1, 2, 1):
        for text in ('a', 'b', 'a'):
            warnings.warn_explicit(text, UserWarning, 'f.py', line, registry=registry)
    warnings.warn_explicit('a', UserWarning, 'g.py', 9, registry={})
    warnings.warn_explicit(UserWarning('a'), None, 'g.py', 9, module='g', registry={})
    print(action, shown, sorted(k for k in registry if k != 'version'))


for action in ('default', 'module', 'once', 'always', 'ignore'):
    run(action)
warnings.resetwarnings()
warnings.simplefilter('error')
try:
    warnings.warn_explicit('boom', RuntimeWarning, 'h.py', 3)
except RuntimeWarning as exc:
    print('raised', repr(exc))
warnings.resetwarnings()
warnings.filterwarnings('ignore', message='skip')
warnings.filterwarnings('error', module='strict')
warnings.filterwarnings('ignore', lineno=7)
warnings.simplefilter('always', append=True)
del shown[:]
for text, module, line in [('skip me', 'm', 1), ('Skip too', 'm', 2), ('keep', 'm', 3),
                           ('keep', 'strict', 4), ('keep', 'strictly', 5), ('keep', 'm', 7)]:
    try:
        warnings.warn_explicit(text, UserWarning, module + '.py', line, module=module)
    except UserWarning as exc:
        print('error for', module, exc)
print(shown)
print([(f[0], f[2].__name__, f[4]) for f in warnings.filters])
warnings.simplefilter('ignore', lineno=7)
warnings.simplefilter('always', append=True)
warnings.filterwarnings('error', module='strict')
print([(f[0], f[2].__name__, f[4]) for f in warnings.filters])
warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
try:
    warnings.warn_explicit('x', UserWarning, 'q.py', 1)
except RuntimeError as exc:
    print('RuntimeError', str(exc).splitlines()[0])
warnings.resetwarnings()
for bad in [lambda: warnings.simplefilter('sometimes'), lambda: warnings.filterwarnings('ignore', 5),
            lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.simplefilter('ignore', lineno=-1)]:
    try:
        bad()
    except AssertionError as exc:
        print('AssertionError', exc)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw as log:
    warnings.simplefilter('always')
    warnings.warn('recorded', FutureWarning)
    try:
        cw.__enter__()
    except RuntimeError as exc:
        print('RuntimeError', exc)
print([str(w.message) for w in log], str(log[0]).startswith("{message : FutureWarning('recorded')"))
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as exc:
    print('RuntimeError', exc)
with warnings.catch_warnings(action='error', category=DeprecationWarning):
    try:
        warnings.warn('dep', DeprecationWarning)
    except DeprecationWarning as exc:
        print('raised inside', exc)
m = warnings.WarningMessage('m', UserWarning, 'f.py', 3, line='src')
print(m, m.file, m.source)
