from contextlib import contextmanager

@contextmanager
def never():
    if False:
        yield

@contextmanager
def twice():
    yield 1
    yield 2

@contextmanager
def convert():
    try:
        yield
    except KeyError as e:
        raise ValueError('converted %s' % e) from e

for cm in (never, twice):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
try:
    with convert():
        {}['k']
except ValueError as e:
    print(e, type(e.__cause__).__name__)

@contextmanager
def reraise():
    try:
        yield
    except Exception:
        print('cleanup')
        raise
try:
    with reraise():
        raise TypeError('t')
except TypeError as e:
    print('got', e)
