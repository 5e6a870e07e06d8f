"""doctest for closured: the interactive examples in docstrings (`>>>` lines) run, and
what they print is compared with what the docstring says, as CPython's doctest does.

testmod() finds the same objects (the module, its functions and classes, their methods and
properties, __test__), runs each docstring in a copy of the module's globals, and writes the
same failure reports, verbose transcript and summary, returning TestResults(failed,
attempted). Option flags and `# doctest:` directives work as in CPython.

Differences: closured keeps no source text, so a failure names the line of a function's
docstring from its code object (the line after `def`) and `?` for a class; an unexpected
exception is reported by its last traceback line only; the diff report flags (REPORT_UDIFF,
...) print the plain Expected/Got report.
"""

import sys
from collections import namedtuple

__all__ = ["testmod", "run_docstring_examples", "TestResults", "register_optionflag",
           "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE", "NORMALIZE_WHITESPACE",
           "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL", "REPORT_UDIFF", "REPORT_CDIFF",
           "REPORT_NDIFF", "REPORT_ONLY_FIRST_FAILURE", "FAIL_FAST", "OPTIONFLAGS_BY_NAME",
           "Example", "DocTest", "DocTestParser", "DocTestFinder", "DocTestRunner",
           "OutputChecker"]

TestResults = namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."


def _indent(s, indent=4):
    """Every line of s that is not empty, indented."""
    return "".join((" " * indent + line) if line.strip("\n") else line
                   for line in s.splitlines(True))


def _leading_spaces(line):
    return len(line) - len(line.lstrip(" "))


def _expandtabs(s, tabsize=8):
    """str.expandtabs: tabs to the next multiple of tabsize columns."""
    if "\t" not in s:
        return s
    out = []
    col = 0
    for ch in s:
        if ch == "\t":
            n = tabsize - col % tabsize
            out.append(" " * n)
            col += n
        else:
            out.append(ch)
            col = 0 if ch in "\n\r" else col + 1
    return "".join(out)


def _is_blank(line):
    return line.strip(" ") == ""


# ---- examples ---------------------------------------------------------------------------

class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples, self.globs = examples, globs.copy()  # the examples run in a copy
        self.name, self.filename, self.lineno = name, filename, lineno
        self.docstring = docstring

    def __lt__(self, other):
        return ((self.name, self.filename, -1 if self.lineno is None else self.lineno)
                < (other.name, other.filename, -1 if other.lineno is None else other.lineno))

    def __repr__(self):
        n = len(self.examples)
        examples = "no examples" if n == 0 else ("1 example" if n == 1 else "%d examples" % n)
        return "<%s %s from %s:%s (%s)>" % (type(self).__name__, self.name, self.filename,
                                           self.lineno, examples)


class DocTestParser:
    def parse(self, string, name="<string>"):
        """Text and Examples, in order (CPython's list of strings and Example objects)."""
        string = _expandtabs(string)
        lines = string.split("\n")
        out = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.lstrip(" ")
            if not stripped.startswith(">>>"):
                text.append(line)
                i += 1
                continue
            indent = len(line) - len(stripped)
            first = i
            source_lines = [line]
            i += 1
            while i < len(lines) and lines[i].lstrip(" ").startswith("..."):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < len(lines) and not _is_blank(lines[i]) and \
                    not lines[i].lstrip(" ").startswith(">>>"):
                want_lines.append(lines[i])
                i += 1
            if text or out:
                out.append("\n".join(text) + "\n" if text else "")
            text = []
            self._check_prompt_blank(source_lines, indent, name, first)
            self._check_prefix(source_lines[1:], " " * indent + ".", name, first + 1)
            self._check_prefix(want_lines, " " * indent, name, first + len(source_lines))
            source = "\n".join(sl[indent + 4:] for sl in source_lines)
            want = "\n".join(wl[indent:] for wl in want_lines)
            if want_lines:
                want += "\n"
            exc_msg = self._exception_message(want)
            options = self._find_options(source, name, first + 1)
            out.append(Example(source, want, exc_msg, lineno=first, indent=indent,
                               options=options))
        out.append("\n".join(text))
        return out

    def get_examples(self, string, name="<string>"):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has inconsistent "
                                 "leading whitespace: %r" % (lineno + i + 1, name, line))

    def _exception_message(self, want):
        """The expected exception line(s) of a want that is a traceback, else None."""
        lines = want.split("\n")
        head = lines[0].rstrip()
        if head not in ("Traceback (most recent call last):", "Traceback (innermost last):"):
            return None
        for k in range(1, len(lines)):
            line = lines[k]
            if line and (line[0].isalnum() or line[0] == "_"):
                return "\n".join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split("\n"):
            at = line.find("#")
            while at >= 0:
                rest = line[at + 1:].lstrip()
                if rest.startswith("doctest:"):
                    spec = rest[len("doctest:"):]
                    for option in spec.replace(",", " ").split():
                        if option[0] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME:
                            raise ValueError("line %r of the doctest for %s has an invalid "
                                             "option: %r" % (lineno + 1, name, option))
                        options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
                    break
                at = line.find("#", at + 1)
        if options and self._is_blank_source(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a "
                             "line with no example: %r" % (lineno, name, source))
        return options

    def _is_blank_source(self, source):
        for line in source.split("\n"):
            code = line.split("#")[0]
            if code.strip():
                return False
        return True


# ---- finding the docstrings -------------------------------------------------------------

def _is_routine(obj):
    while hasattr(obj, "__wrapped__"):
        obj = obj.__wrapped__
    return callable(obj) and not isinstance(obj, type) and hasattr(obj, "__name__")


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = obj if type(obj).__name__ == "module" else None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if isinstance(obj, property):
            return True
        if hasattr(obj, "__globals__"):
            return module.__dict__ is obj.__globals__
        if isinstance(obj, type) or hasattr(obj, "__module__"):
            return getattr(obj, "__module__", None) == module.__name__
        return True

    def _find(self, tests, obj, name, module, globs, seen):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if type(obj).__name__ == "module":
            for valname, val in list(obj.__dict__.items()):
                if (_is_routine(val) or isinstance(val, type)) and self._from_module(module, val):
                    self._find(tests, val, "%s.%s" % (name, valname), module, globs, seen)
            for valname, val in getattr(obj, "__test__", {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(valname),))
                self._find(tests, val, "%s.__test__.%s" % (name, valname), module, globs, seen)
        if isinstance(obj, type):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_is_routine(val) or isinstance(val, type) or isinstance(val, property))
                        and self._from_module(module, val)):
                    self._find(tests, val, "%s.%s" % (name, valname), module, globs, seen)

    def _get_test(self, obj, name, module, globs):
        if isinstance(obj, str):
            docstring = obj
        else:
            doc = getattr(obj, "__doc__", None)
            docstring = doc if isinstance(doc, str) else ""
        if self._exclude_empty and not docstring:
            return None
        filename = getattr(module, "__file__", None) if module is not None else None
        return self._parser.get_doctest(docstring, globs, name, filename,
                                        self._find_lineno(obj))

    def _find_lineno(self, obj):
        """The 0-based line of obj's docstring, as far as it can be known without source."""
        if type(obj).__name__ == "module":
            return 0
        if isinstance(obj, property):
            obj = obj.fget
        while hasattr(obj, "__wrapped__"):
            obj = obj.__wrapped__
        if hasattr(obj, "__func__"):
            obj = obj.__func__
        code = getattr(obj, "__code__", None)
        if code is not None and hasattr(code, "co_firstlineno"):
            return code.co_firstlineno
        return None


# ---- running -----------------------------------------------------------------------------

class _SpoofOut:
    def __init__(self):
        self._parts = []

    def write(self, s):
        self._parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        text = "".join(self._parts)
        if text and not text.endswith("\n"):
            text += "\n"
        return text

    def truncate(self):
        self._parts = []


def _exception_line(exc):
    """The last line of CPython's traceback.format_exception_only for exc."""
    cls = type(exc)
    qual = cls.__qualname__
    mod = getattr(cls, "__module__", "builtins")
    if mod not in ("__main__", "builtins"):
        qual = mod + "." + qual
    text = str(exc)
    return "%s: %s\n" % (qual, text) if text else "%s\n" % qual


def _strip_exception_detail(msg):
    """The exception's type name without a module path or a message."""
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(":", 0, end)
    if i >= 0:
        end = i
    i = msg.rfind(".", 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


class OutputChecker:
    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) == ("True\n", "1\n") or (got, want) == ("False\n", "0\n"):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = "".join("\n" if line.rstrip() == BLANKLINE_MARKER else line + "\n"
                           for line in want[:-1].split("\n")) if want else want
            got = "".join("\n" if line.strip(" \t\r\f\v") == "" else line + "\n"
                          for line in got[:-1].split("\n")) if got else got
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE and got:
            got = "".join((BLANKLINE_MARKER + "\n") if line.strip(" ") == "" else line + "\n"
                          for line in got[:-1].split("\n"))
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"


def _ellipsis_match(want, got):
    """Whether got matches want, where each '...' of want stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    head, tail = pieces[0], pieces[-1]
    # The first piece begins got and the last ends it, the two not overlapping.
    if not (got.startswith(head) and got.endswith(tail)):
        return False
    start, stop = len(head), len(got) - len(tail)
    if start > stop:
        return False
    # The pieces between are found in order, each at its earliest place.
    for piece in pieces[1:-1]:
        found = got.find(piece, start, stop)
        if found < 0:
            return False
        start = found + len(piece)
    return True


class DocTestRunner:
    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self.skips = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc):
        out(self._failure_header(test, example) + "Exception raised:\n" +
            _indent("Traceback (most recent call last):\n" + _exception_line(exc)))

    def _failure_header(self, test, example):
        # Where the example is: a line of the file when the test has one ('?' when a
        # line number is unknown), else a line of the docstring.
        if not test.filename:
            where = "Line %s, in %s" % (example.lineno + 1, test.name)
        else:
            known = test.lineno is not None and example.lineno is not None
            lineno = test.lineno + example.lineno + 1 if known else "?"
            where = 'File "%s", line %s, in %s' % (test.filename, lineno, test.name)
        return "\n".join([self.DIVIDER, where, "Failed example:", _indent(example.source)])

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs test's examples with sys.stdout captured; reports go to out (default: the
        write of sys.stdout as it was before)."""
        saved = sys.stdout
        if out is None:
            out = saved.write
        sys.stdout = self._fakeout
        try:
            return self._run(test, out)
        finally:
            sys.stdout = saved
            if clear_globs:
                test.globs.clear()

    def _run(self, test, report):
        failures = tries = 0
        original = self.optionflags
        for examplenum, example in enumerate(test.examples):
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                self.skips += 1
                continue
            tries += 1
            if not quiet:
                self.report_start(report, test, example)
            filename = "<doctest %s[%d]>" % (test.name, examplenum)
            self._fakeout.truncate()
            exception = None
            try:
                exec(compile(example.source, filename, "single"), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exception = e
            got = self._fakeout.getvalue()
            self._fakeout.truncate()
            outcome = "failure"
            if exception is None:
                if self._checker.check_output(example.want, got, self.optionflags):
                    outcome = "success"
            else:
                exc_msg = _exception_line(exception)
                if example.exc_msg is None:
                    outcome = "boom"
                elif self._checker.check_output(example.exc_msg, exc_msg, self.optionflags):
                    outcome = "success"
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if self._checker.check_output(_strip_exception_detail(example.exc_msg),
                                                  _strip_exception_detail(exc_msg),
                                                  self.optionflags):
                        outcome = "success"
                if outcome == "failure":
                    got += "Traceback (most recent call last):\n" + exc_msg
            if outcome == "success":
                if not quiet:
                    self.report_success(report, test, example, got)
            elif outcome == "failure":
                if not quiet:
                    self.report_failure(report, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(report, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original
        self._name2ft[test.name] = (failures, tries)
        self.failures += failures
        self.tries += tries
        return TestResults(failures, tries)

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        counts = self._name2ft  # name: (failures, tries)
        totalf = sum(f for f, _ in counts.values())
        totalt = sum(t for _, t in counts.values())
        # items by outcome, each list in name order
        empty = sorted(name for name, (_, t) in counts.items() if not t)
        clean = sorted((name, t) for name, (f, t) in counts.items() if t and not f)
        broken = sorted((name, f, t) for name, (f, t) in counts.items() if t and f)
        if verbose and empty:
            print(len(empty), "items had no tests:")
            for name in empty:
                print("   ", name)
        if verbose and clean:
            print(len(clean), "items passed all tests:")
            for name, t in clean:
                print(" %3d tests in %s" % (t, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), "items had failures:")
            for name, f, t in broken:
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(totalt, "tests in", len(counts), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
            if not totalf:
                print("Test passed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        return TestResults(totalf, totalt)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (default __main__)."""
    global master
    if m is None:
        m = sys.modules.get("__main__")
    if type(m).__name__ != "module":
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    finder = DocTestFinder(exclude_empty=exclude_empty)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner  # the first one, as in CPython
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Runs the examples in f's docstring (not its methods') with the globals globs."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
