# A return that leaves loops, handlers and finally bodies inside a with: each
# block leaves the stack as the with's exit needs it, the handled exception
# is gone by the time __exit__ runs, and the returned value is intact.
import sys


class Track:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print('exit', self.name, kind, sys.exc_info()[0])
        return False


def for_in_with():
    with Track('a'):
        for x in [1, 2]:
            return x


def handler_in_with():
    with Track('b'):
        try:
            raise ValueError('v')
        except ValueError as error:
            if error:
                return 'from handler'


def for_in_handler_in_with():
    with Track('c'):
        try:
            raise KeyError('k')
        except KeyError:
            for x in [3, 4]:
                for y in 'ab':
                    return x, y


def finally_in_with():
    with Track('d'):
        try:
            return 'try value'
        finally:
            print('finally runs')


def return_in_finally_in_with():
    with Track('e'):
        for x in range(3):
            try:
                return 'first'
            finally:
                return 'second'


def nested_withs():
    with Track('outer'):
        for x in [5]:
            with Track('inner'):
                for y in [6]:
                    try:
                        1 / 0
                    except ZeroDivisionError:
                        return x + y


def finally_during_exception():
    with Track('f'):
        try:
            raise OSError('o')
        finally:
            for z in [7]:
                return z


def handled_then_with_in_handler():
    try:
        raise LookupError('l')
    except LookupError:
        with Track('g'):
            for x in [8]:
                return x, sys.exc_info()[0].__name__


def generator_return():
    with Track('h'):
        for x in [9, 10]:
            yield x
            return


def break_and_continue():
    seen = []
    with Track('i'):
        for x in range(5):
            try:
                if x == 1:
                    continue
                if x == 3:
                    break
                seen.append(x)
            except Exception:
                pass
    return seen


for case in (for_in_with, handler_in_with, for_in_handler_in_with, finally_in_with,
             return_in_finally_in_with, nested_withs, finally_during_exception,
             handled_then_with_in_handler, break_and_continue):
    print(case.__name__, repr(case()), sys.exc_info())
print(list(generator_return()))
