"""_tbtypes: the traceback and frame objects of an exception's __traceback__
(and sys.exc_info()[2]). The runtime keeps a traceback as entries inside
the exception (code object, line, columns); reading __traceback__ builds
these objects from them, so a raise that nobody inspects costs nothing
more. A frame here is a record of where the code was: f_code, f_lineno,
f_globals (the globals of the module the code comes from), f_locals, f_back.
While the frame it describes still runs, f_lineno and f_locals are read from
it (its current line, its locals now: the runtime finds it by its locals
dict, or a module's code and namespace); once it has ended they are what it
had when it ended (a traceback's frames: the line of the entry and the
locals as the exception left them). The running frames sys._getframe()
describes are the same records, built by snapshot()."""

import builtins
import sys
import _traceback


class frame:
    __slots__ = ("f_code", "_lineno", "f_globals", "_locals", "f_back", "f_lasti",
                 "f_builtins")

    @property
    def f_lineno(self):
        live = _traceback.frame_live(self.f_code, self._locals)
        if live is not None:
            self._lineno = live[0]  # once the frame ends: the last line seen
        return self._lineno

    @property
    def f_locals(self):
        live = _traceback.frame_live(self.f_code, self._locals)
        return self._locals if live is None else live[1]

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
    """The traceback chain of entries [(code, line, cols, locals)], outermost
    first; locals is None where the runtime kept none (a module's frame shows
    its globals)."""
    head = last = back = None
    names = builtins.__dict__
    for code, line, cols, locs in entries:
        f = frame()
        f.f_code = code
        f._lineno = line
        f.f_globals = _globals_of(code.co_filename)
        f.f_builtins = names
        if locs is None:
            locs = f.f_globals if code.co_name == "<module>" else {}
        f._locals = locs
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
        f._lineno = line
        f.f_globals = globs
        f.f_builtins = names
        f._locals = locs
        f.f_back = None
        f.f_lasti = 0
        if prev is None:
            first = f
        else:
            prev.f_back = f
        prev = f
    return first
