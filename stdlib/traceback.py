"""traceback: formatting exceptions and stacks as CPython prints them.

The text comes from the runtime's own report of an uncaught exception
(source lines, the carets under the failing expression, "During handling of
the above exception..." between chained exceptions), split into the pieces
CPython's functions return: the "Traceback (most recent call last):" line,
one piece per frame, then the exception's last line.

An exception's frames are its __traceback__ (a chain of traceback objects):
format_exception(e) and print_exception(e) report e with e.__traceback__,
format_exception(type, value, tb) and print_exception(type, value, tb)
report value with the frames of tb instead (None: no frames), each exception
of the chain behind it with its own. Stacks (extract_stack, format_stack,
print_stack) are the running program's frames.
"""

import sys
import _traceback

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

_sentinel = object()


class FrameSummary:
    """One frame of a traceback or stack: filename, lineno, name, line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals", "end_lineno", "colno",
                 "end_colno")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    @property
    def line(self):
        return self._line.strip() if self._line is not None else None

    # read as a tuple, a FrameSummary is (filename, lineno, name, line)
    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __len__(self):
        return 4

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        # two summaries: the line's text and positions do not count, locals do
        return (self.filename, self.lineno, self.name, self.locals) == (
            other.filename, other.lineno, other.name, other.locals)

    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (self.filename, self.lineno, self.name)


class StackSummary(list):
    """A list of FrameSummary, oldest first."""

    @classmethod
    def from_list(klass, a_list):
        # FrameSummary objects as they are; 4-tuples (filename, lineno, name, line) made into them
        result = StackSummary()
        for frame in a_list:
            if not isinstance(frame, FrameSummary):
                filename, lineno, name, line = frame
                frame = FrameSummary(filename, lineno, name, line=line)
            result.append(frame)
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename,
                                                     frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        """One string per frame, as print_stack writes them; more than three
        identical frames in a row are shown as a "[Previous line repeated]"
        line, as CPython does."""
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key == last:
                count += 1
            else:
                if count > 3:
                    result.append(_repeated(count - 3))
                last = key
                count = 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame))
        if count > 3:
            result.append(_repeated(count - 3))
        return result


def _repeated(n):
    return "  [Previous line repeated {} more time{}]\n".format(n, "s" if n > 1 else "")


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


# ---- exceptions ----------------------------------------------------------------


def _chain(exc):
    """The exceptions printed for exc, oldest first, each with the line that
    comes before the next (or None)."""
    seen = set()
    order = []
    e = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        order.append(e)
        cause = e.__cause__
        if cause is not None and id(cause) not in seen:
            e = cause
        elif e.__context__ is not None and not e.__suppress_context__:
            e = e.__context__
        else:
            e = None
    return order[::-1]


def _exc_only_lines(exc):
    """The last lines of a report of exc: 'Type: message'."""
    etype = type(exc)
    stype = etype.__qualname__
    module = etype.__module__
    if module not in ("__main__", "builtins"):
        stype = module + "." + stype
    try:
        value = str(exc)
    except Exception:
        value = "<exception str() failed>"
    if isinstance(exc, SyntaxError) and exc.lineno is not None:
        lines = ['  File "{}", line {}\n'.format(exc.filename or "<string>", exc.lineno)]
        if exc.text is not None:
            text = exc.text.rstrip("\n")
            stripped = text.lstrip(" \n\f")
            lines.append("    {}\n".format(stripped))
            if exc.offset is not None:
                spaces = len(text) - len(stripped)
                start = exc.offset - 1 - spaces
                end = (exc.end_offset or exc.offset) - 1 - spaces
                if end <= start:
                    end = start + 1
                if start >= 0:
                    lines.append("    {}{}\n".format(" " * start, "^" * (end - start)))
        msg = exc.msg or "<no detail available>"
        lines.append("{}: {}\n".format(stype, msg))
        return lines
    if not value:
        return ["%s\n" % stype]
    return ["%s: %s\n" % (stype, value)]


def _frame_pieces(exc):
    """The traceback of exc alone (no chain) as CPython's pieces: the
    header, one piece per frame (source line and carets included) and the
    repeat notes; [] when exc has no traceback."""
    cause, context = exc.__cause__, exc.__context__
    exc.__cause__ = None
    exc.__context__ = None
    try:
        text = _traceback.format(exc)
    finally:
        exc.__cause__ = cause
        exc.__context__ = context
        if cause is not None:
            exc.__suppress_context__ = True
    lines = text.splitlines(True)
    if not lines or not lines[0].startswith("Traceback (most recent call last):"):
        return [], []
    pieces = []
    i = 1
    n = len(lines)
    while i < n:
        line = lines[i]
        if line.startswith('  File "'):
            piece = [line]
            i += 1
            while i < n and lines[i].startswith("    "):
                piece.append(lines[i])
                i += 1
            pieces.append("".join(piece))
        elif line.startswith("  [Previous line repeated"):
            pieces.append(line)
            i += 1
        else:
            break
    return [lines[0]], pieces


def _format_one(exc, limit, tb=_sentinel):
    """The report of exc alone: its frames (those of tb when one is given), then its
    last lines."""
    if tb is _sentinel:
        header, frames = _frame_pieces(exc)
    elif tb is None:
        header, frames = [], []
    else:
        carrier = Exception()
        carrier.__traceback__ = tb
        header, frames = _frame_pieces(carrier)
    frames = _limited(frames, limit)
    if not frames:
        header = []
    return header + frames + _exc_only_lines(exc)


def _value_of(exc, value, tb):
    """The exception to report and its traceback: _sentinel for its own
    (format_exception(e)), or the tb the three-argument form was given."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        return exc, _sentinel  # its own traceback
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The report of an exception as a list of strings ending in newlines
    (''.join() is the text). exc is the exception, or (as before 3.10) its
    type followed by the exception as value and its traceback as tb."""
    value, tb = _value_of(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    if not chain:
        return _format_one(value, limit, tb)
    result = []
    order = _chain(value)
    for i, e in enumerate(order):
        result.extend(_format_one(e, limit, tb if e is value else _sentinel))
        if i + 1 < len(order):
            nxt = order[i + 1]
            if nxt.__cause__ is e:
                result.append("\nThe above exception was the direct cause of the "
                              "following exception:\n\n")
            else:
                result.append("\nDuring handling of the above exception, another "
                              "exception occurred:\n\n")
    return result


def format_exception_only(exc, /, value=_sentinel):
    """The last line(s) of the report: ['ValueError: bad\\n']."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    return _exc_only_lines(value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Writes format_exception(...) to file (default: sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Writes the report of the exception being handled to file (default:
    sys.stderr)."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


# ---- tracebacks and stacks ----------------------------------------------------------


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    return iter(())


def extract_tb(tb, limit=None):
    """The frames of traceback object tb (e.__traceback__), oldest first."""
    return StackSummary.from_list(
        [(f.f_code.co_filename, lineno, f.f_code.co_name,
          _traceback.source_line(f.f_code.co_filename, lineno))
         for f, lineno in _limited(list(walk_tb(tb)), limit)])


def _tb_pieces(tb, limit):
    """CPython's text of each frame of tb (source line and carets): the
    runtime's own report of an exception carrying tb."""
    if tb is None:
        return []
    carrier = Exception()
    carrier.__traceback__ = tb
    return _limited(_frame_pieces(carrier)[1], limit)


def format_tb(tb, limit=None):
    return _tb_pieces(tb, limit)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for piece in _tb_pieces(tb, limit):
        print(piece, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def extract_stack(f=None, limit=None):
    """The running program's frames up to the caller, oldest first (f is
    ignored: closured has no frame objects)."""
    stack = StackSummary.from_list(_traceback.stack(1))
    if limit is not None:
        stack = StackSummary(stack[-limit:] if limit >= 0 else stack[:-limit])
    return stack


def format_stack(f=None, limit=None):
    stack = StackSummary.from_list(_traceback.stack(1))
    if limit is not None:
        stack = StackSummary(stack[-limit:] if limit >= 0 else stack[:-limit])
    return stack.format()


def print_stack(f=None, limit=None, file=None):
    stack = StackSummary.from_list(_traceback.stack(1))
    if limit is not None:
        stack = StackSummary(stack[-limit:] if limit >= 0 else stack[:-limit])
    print_list(stack, file=file)


def clear_frames(tb):
    pass


class TracebackException:
    """An exception captured for formatting later: exc_type, stack (its
    frames), __cause__ and __context__ (captured too), format()."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._limit = limit
        entries = _traceback.entries(exc_value) if exc_value is not None else []
        self.stack = StackSummary.from_list(_limited(entries, limit))
        self._str = str(exc_value) if exc_value is not None else "None"
        if exc_value is not None and isinstance(exc_value, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, None, limit=limit,
                                                    _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, None,
                                                      limit=limit, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, None, *args, **kwargs)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def format_exception_only(self):
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from _exc_only_lines(self._exc)

    def format(self, *, chain=True):
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from format_exception(self._exc, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
