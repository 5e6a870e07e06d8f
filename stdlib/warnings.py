"""warnings: issuing warnings and choosing what happens to them.

warn(message, category=UserWarning, stacklevel=1) runs the first filter
that matches (action, message, category, module, line): "ignore" drops
the warning, "error" raises it, "always" shows it every time, "default"
once per place (the module's __warningregistry__), "module" once per
module, "once" once in all. Showing writes CPython's two lines to
sys.stderr:

    file.py:12: UserWarning: the message
      the source line

catch_warnings() saves and restores the filters (and with record=True
collects the warnings instead of showing them). The filters start as
CPython's: DeprecationWarning shown only for code in __main__;
PendingDeprecationWarning, ImportWarning and ResourceWarning ignored.

Message and module patterns are regular expressions when the `re` module
exists; otherwise a pattern made of literal text, '.', '.*', '^' and '$'
is matched by a small matcher of its own (enough for the usual
"ignore everything starting with ..." filters).
"""

import sys
import _traceback

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ---- patterns ----------------------------------------------------------------------


class _Pattern:
    """A regular expression's match() for the filters when `re` is absent:
    literal characters, '.', '.*', '\\x' escapes, '^' and a final '$'."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self._ignorecase = ignorecase
        if ignorecase:
            pattern = pattern.lower()
        self._tokens = []
        i = 0
        n = len(pattern)
        self._anchored_end = False
        while i < n:
            c = pattern[i]
            if c == "\\" and i + 1 < n:
                self._tokens.append(("lit", pattern[i + 1]))
                i += 2
                continue
            if c == "." and i + 1 < n and pattern[i + 1] == "*":
                self._tokens.append(("any*", None))
                i += 2
                continue
            if c == ".":
                self._tokens.append(("any", None))
            elif c == "^" and i == 0:
                pass
            elif c == "$" and i == n - 1:
                self._anchored_end = True
            else:
                self._tokens.append(("lit", c))
            i += 1

    def match(self, text):
        if self._ignorecase:
            text = text.lower()
        return self._match_at(0, text, 0) or None

    def _match_at(self, k, text, pos):
        tokens = self._tokens
        while k < len(tokens):
            kind, c = tokens[k]
            if kind == "any*":
                for p in range(len(text), pos - 1, -1):
                    if self._match_at(k + 1, text, p):
                        return True
                return False
            if pos >= len(text) or (kind == "lit" and text[pos] != c) or (
                    kind == "any" and text[pos] == "\n"):
                return False
            pos += 1
            k += 1
        return pos == len(text) or not self._anchored_end

    def __repr__(self):
        return "re.compile(%r%s)" % (self.pattern, ", re.IGNORECASE" if self._ignorecase else "")

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern and
                self._ignorecase == other._ignorecase)

    def __hash__(self):
        return hash(self.pattern)


def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, ignorecase)
    return re.compile(pattern, re.I) if ignorecase else re.compile(pattern)


# ---- the filters -------------------------------------------------------------------

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


def _add_filter(*item, append):
    # a filter added again moves to the front, or stays where it is when appended
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter (first, or last with append=True): warnings whose text
    matches message (a regular expression, case-insensitive, from the
    start), of category or a subclass, from a module whose name matches
    module, at line lineno (0: any) get action."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, _compile(message, True) if message else None, category,
                _compile(module, False) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter on category (and line) alone."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Removes every filter (warnings then get the default action)."""
    filters[:] = []
    _filters_mutated()


# ---- showing -----------------------------------------------------------------------


class WarningMessage:
    """One warning as showwarning() gets it (and catch_warnings(record=True)
    keeps it)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        details = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, details):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """'file:line: Category: message\\n' and, when found, the source line
    indented by two spaces."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _traceback.source_line(filename, lineno) if isinstance(filename, str) else None
    if line:
        s += "  %s\n" % line.strip()
    return s


def _formatwarnmsg(msg):
    s = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if msg.source is not None:
        # CPython's hint: closured has no tracemalloc, so it is never tracing
        s += "%s: Enable tracemalloc to get the object allocation traceback\n" % (
            msg.category.__name__,)
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (default: sys.stderr); programs may replace
    warnings.showwarning to send warnings elsewhere."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = globals()["showwarning"]
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    globals()["_showwarnmsg_impl"](msg)


# ---- warning -----------------------------------------------------------------------


def _matches(pattern, text):
    """A filter's message or module test: None matches anything, a str
    (the start-up filters') the same text, a pattern by match()."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning for the code stacklevel calls up (1: warn's caller)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    if not isinstance(stacklevel, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(stacklevel).__name__)
    where = _traceback.caller(stacklevel if stacklevel > 0 else 1)
    if where is None:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        filename, lineno, _name, globals_ = where
    module = globals_.get("__name__", "<string>")
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def _warn_unawaited_coroutine(coro):
    """The runtime calls this when a coroutine is freed before it ran."""
    msg = "coroutine '%s' was never awaited" % (coro.__qualname__,)
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning for an explicit place (filename, lineno, module)."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    # message may be the Warning itself, or its text (category then makes it)
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _in_registry(registry, key, False):
        return
    action, item = defaultaction, None
    for item in filters:
        if _filter_applies(item, text, category, module, lineno):
            action = item[0]
            break
    if action == "error":
        raise message
    if action == "ignore" or _already_shown(action, registry, key, item):
        return
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def _filter_applies(item, text, category, module, lineno):
    _, text_re, kind, module_re, line = item
    return (_matches(text_re, text) and issubclass(category, kind)
            and _matches(module_re, module) and line in (0, lineno))


def _in_registry(registry, key, note):
    """True when registry holds key; else notes it there when note is true.
    A registry kept from before the filters last changed is emptied first."""
    if registry.get("version") != _filters_version[0]:
        registry.clear()
        registry["version"] = _filters_version[0]
    elif registry.get(key):
        return True
    if note:
        registry[key] = True
    return False


def _already_shown(action, registry, key, item):
    """Notes the warning as shown under action's rules (registry: the
    caller's, or None); True when those rules say it was shown before.
    "default" remembers the place, "module" the text in the registry,
    "once" the text in the registry or else in the module-wide one."""
    if action == "always":
        return False
    if registry is not None:
        registry[key] = True
    if action == "once":
        return _in_registry(onceregistry if registry is None else registry, key[:2], True)
    if action == "module":
        return registry is not None and _in_registry(registry, key[:2], True)
    if action != "default":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    return False


class catch_warnings:
    """with catch_warnings(): ... restores the filters and showwarning on
    exit; record=True makes __enter__ return a list that collects the
    WarningMessage of each warning shown inside instead of printing it.
    action (and category, lineno, append) adds a simplefilter on entry."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = ["record=True"] if self._record else []
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


# CPython's filters at start-up (a release build without -W options)
filters[:] = [("default", None, DeprecationWarning, "__main__", 0),
              ("ignore", None, DeprecationWarning, None, 0),
              ("ignore", None, PendingDeprecationWarning, None, 0),
              ("ignore", None, ImportWarning, None, 0),
              ("ignore", None, ResourceWarning, None, 0)]
