"""timeit for closured: Timer, timeit, repeat and default_timer.

A statement and its setup are either callables or source strings. Strings are
placed in the body of a generated function (setup once, the statement inside
the timing loop) and compiled together, so names the setup binds are locals of
the statement, as in CPython. The collector is paused while a loop runs.
The command-line entry point (main) is not provided."""

import gc
import itertools
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# inner(_it, _timer) runs the setup once and the statement once per item
# of _it, and returns the seconds the loop took by _timer; Timer.src shows
# this text filled in, as CPython's does
_SOURCE = '''
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
'''

# without globals= the statement runs in this module's namespace, as in CPython
_MODULE_NAMESPACE = globals()


def _indent(src, width):
    """Shifts every line after the first right by `width` spaces."""
    return src.replace('\n', '\n' + ' ' * width)


def _embedded(code, what, width, local_ns):
    """(text for inner's body, text for its parameters) for the statement or
    setup `code`: a string goes in as it is, indented to the body's width; a
    callable is passed in through a default argument and called there."""
    if isinstance(code, str):
        return _indent(code, width), ''
    if not callable(code):
        raise ValueError('%s is neither a string nor callable' % what)
    name = '_' + what
    local_ns[name] = code
    return name + '()', ', %s=%s' % (name, name)


class Timer:
    """Times a statement (a string or a callable) run many times in a loop."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        # texts are compiled on their own first (the statement after a setup
        # text, whose names it may use), so that a syntax error shows the text
        # as given rather than the generated function
        local_ns = {}
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
        prelude, setup_param = _embedded(setup, 'setup', 4, local_ns)
        if isinstance(stmt, str):
            before = setup + '\n' if isinstance(setup, str) else ''
            compile(before + stmt, dummy_src_name, 'exec')
        body, stmt_param = _embedded(stmt, 'stmt', 8, local_ns)
        self.src = _SOURCE.format(init=setup_param + stmt_param, setup=prelude, stmt=body)
        namespace = _MODULE_NAMESPACE if globals is None else globals
        exec(compile(self.src, dummy_src_name, 'exec'), namespace, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Prints the exception being handled (the generated source has no file)."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Runs the setup once and the statement `number` times; returns the seconds taken."""
        # the collector is off while the loop runs, and back on after only if it was on
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(itertools.repeat(None, number), self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Calls timeit(number) `repeat` times; returns the list of results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Finds a loop count (1, 2, 5, 10, 20, ...) whose run takes at least 0.2 s;
        returns (number, time_taken). `callback(number, time_taken)` sees every try."""
        decade = 1
        while True:
            for number in (decade, 2 * decade, 5 * decade):
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            decade *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
