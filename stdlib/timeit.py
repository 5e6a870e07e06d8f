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

_SOURCE = '''def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
'''


def _indent(src, width):
    """Shifts every line after the first right by `width` spaces."""
    return src.replace('\n', '\n' + ' ' * width)


class Timer:
    """Times a statement (a string or a callable) run many times in a loop."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Checked alone first, so a syntax error names the setup itself.
            compile(setup, dummy_src_name, 'exec')
            stmtprefix = setup + '\n'
            setup = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, 'exec')
            stmt = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = _SOURCE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Prints the exception being handled (the generated source has no file)."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Runs the setup once and the statement `number` times; returns the seconds taken."""
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """Calls timeit(number) `repeat` times; returns the list of results."""
        r = []
        for _ in range(repeat):
            r.append(self.timeit(number))
        return r

    def autorange(self, callback=None):
        """Finds a loop count (1, 2, 5, 10, 20, ...) whose run takes at least 0.2 s;
        returns (number, time_taken). `callback(number, time_taken)` sees every try."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
