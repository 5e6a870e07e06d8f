# Traceback objects: e.__traceback__ and sys.exc_info()[2] as chains of
# traceback objects (tb_frame, tb_lineno, tb_next) over frames (f_code,
# f_globals, f_back), extract_tb/format_tb/walk_tb/print_tb over them,
# assigning __traceback__, with_traceback() and their errors.
import sys
import traceback
import types


def inner(x):
    return 1 / x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__, isinstance(tb, types.TracebackType),
          isinstance(tb.tb_frame, types.FrameType))
    t = tb
    while t is not None:
        f = t.tb_frame
        print(t.tb_lineno, f.f_code.co_name, f.f_code.co_filename == __file__,
              f.f_globals is globals(), f.f_back is None or type(f.f_back).__name__)
        t = t.tb_next
    print(sys.exc_info()[2].tb_lineno, sys.exc_info()[0].__name__)
    print([(fs.lineno, fs.name, fs.line) for fs in traceback.extract_tb(tb)])
    print([tuple(fs) == (fs.filename, fs.lineno, fs.name, fs.line)
           for fs in traceback.extract_tb(tb, limit=2)])
    print(''.join(traceback.format_tb(tb)))
    print(traceback.format_tb(tb, limit=-1))
    for f, lineno in traceback.walk_tb(tb):
        print(f.f_code.co_name, lineno)
    traceback.print_tb(tb, file=sys.stdout)
    traceback.print_exception(type(e), e, tb, file=sys.stdout)
    print(traceback.format_exception(e, limit=1))
    saved = tb


def again():
    raise ValueError('again').with_traceback(saved)


try:
    again()
except ValueError as e:
    traceback.print_exc(file=sys.stdout)
    print(len(traceback.extract_tb(e.__traceback__)))
    e2 = RuntimeError('x')
    e2.__traceback__ = e.__traceback__.tb_next
    print([fs.name for fs in traceback.extract_tb(e2.__traceback__)])
    print(e2.with_traceback(None) is e2, e2.__traceback__)
    for bad in (5, 'no', [saved]):
        try:
            e2.with_traceback(bad)
        except TypeError as x:
            print('TypeError', x)
        try:
            e2.__traceback__ = bad
        except TypeError as x:
            print('TypeError', x)
    try:
        del e2.__traceback__
    except TypeError as x:
        print('TypeError', x)
print(ValueError().__traceback__, sys.exc_info())


def gen():
    yield 1
    raise KeyError('k')


try:
    list(gen())
except KeyError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])


def reraise():
    try:
        inner(0)
    except ZeroDivisionError:
        raise


try:
    reraise()
except ZeroDivisionError as e:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])
print(traceback.format_tb(None), traceback.extract_tb(None))
