"""_tbtypes: the traceback and frame objects of an exception's __traceback__
(and sys.exc_info()[2]). The runtime keeps a traceback as entries inside
the exception (code object, line, columns); reading __traceback__ builds
these objects from them, so a raise that nobody inspects costs nothing
more. A frame here is a record of where the code was: f_code, f_lineno,
f_globals (the globals of the module the code comes from), f_back; a
traceback's frames do not keep their locals (f_locals is empty). The running
frames sys._getframe() describes are the same records, built by snapshot(),
their f_locals the frame's locals when asked."""

import builtins
import sys


class frame:
    __slots__ = ("f_code", "f_lineno", "f_globals", "f_locals", "f_back", "f_lasti",
                 "f_builtins")

    @property
    def f_trace(self):
        return None

    def clear(self):
        pass

    def __repr__(self):
        return "<frame at 0x%x, file %r, line %d, code %s>" % (
            id(self), self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


class traceback:
    __slots__ = ("tb_frame", "tb_lineno", "tb_next", "tb_lasti", "_cols")

    def __repr__(self):
        return "<traceback object at 0x%x>" % id(self)


frame.__module__ = "builtins"
traceback.__module__ = "builtins"


def _globals_of(filename):
    for module in list(sys.modules.values()):
        if getattr(module, "__file__", None) == filename:
            return module.__dict__
    main = sys.modules.get("__main__")
    return main.__dict__ if main is not None else {}


def build(entries):
    """The traceback chain of entries [(code, line, cols)], outermost first."""
    head = last = back = None
    names = builtins.__dict__
    for code, line, cols in entries:
        f = frame()
        f.f_code = code
        f.f_lineno = line
        f.f_globals = _globals_of(code.co_filename)
        f.f_builtins = names
        f.f_locals = {}
        f.f_back = back
        f.f_lasti = 0
        tb = traceback()
        tb.tb_frame = f
        tb.tb_lineno = line
        tb.tb_next = None
        tb.tb_lasti = 0
        tb._cols = cols
        if last is None:
            head = tb
        else:
            last.tb_next = tb
        last = tb
        back = f
    return head


def snapshot(entries):
    """Frame objects for the running frames [(code, line, globals, locals)],
    innermost first (sys._getframe()): the innermost, whose f_back chain
    reaches the outermost. f_locals is the locals snapshot taken when asked."""
    first = prev = None
    names = builtins.__dict__
    for code, line, globs, locs in entries:
        f = frame()
        f.f_code = code
        f.f_lineno = line
        f.f_globals = globs
        f.f_builtins = names
        f.f_locals = locs
        f.f_back = None
        f.f_lasti = 0
        if prev is None:
            first = f
        else:
            prev.f_back = f
        prev = f
    return first
