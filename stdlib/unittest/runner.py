"""unittest.runner: TextTestRunner and TextTestResult, the dots (or one line
per test) and the summary CPython's runner writes to stderr."""

import sys
import time

from . import result
from .case import _SubTest

__unittest = True


class _WritelnDecorator(object):
    """Wraps a stream: adds writeln(); any other attribute is the stream's."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # Reached only for names the wrapper lacks: 'stream' itself (before __init__ ran, as
        # when unpickling) and pickle's '__getstate__' probe must not recurse into the stream.
        if name == 'stream' or name == '__getstate__':
            raise AttributeError(name)
        return getattr(self.stream, name)

    def write(self, text):
        self.stream.write(text)

    def flush(self):
        # Some streams (a bare object with write()) have no flush; that is fine.
        target = getattr(self.stream, 'flush', None)
        if target is not None:
            target()

    def writeln(self, arg=None):
        for piece in (arg, '\n'):
            if piece:
                self.write(piece)


class TextTestResult(result.TestResult):
    """A TestResult that reports to a stream as the tests run: one mark per test at
    verbosity 1, a 'description ... outcome' line per test at 2 and above, nothing at 0."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super(TextTestResult, self).__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        # True while the stream's cursor stands at the start of a line (verbose mode).
        self._newline = True

    def getDescription(self, test):
        summary = test.shortDescription()
        if summary and self.descriptions:
            return '%s\n%s' % (test, summary)
        return str(test)

    def startTest(self, test):
        super(TextTestResult, self).startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        # A subtest's outcome gets its own indented line; so does an outcome reported
        # without a startTest before it (a class or module fixture's error).
        nested = isinstance(test, _SubTest)
        if nested and not self._newline:
            self.stream.writeln()
        if nested or self._newline:
            indent = '  ' if nested else ''
            self.stream.write(indent + self.getDescription(test) + ' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _report(self, test, word, mark, own_line=True):
        """Shows one outcome: the word in verbose mode, the mark in dots mode."""
        if self.showAll:
            if own_line:
                self._write_status(test, word)
            else:
                # CPython 3.11 writes these two words straight after the ' ... '.
                self.stream.writeln(word)
                self.stream.flush()
        elif self.dots:
            self.stream.write(mark)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._report(subtest, 'FAIL', 'F')
            else:
                self._report(subtest, 'ERROR', 'E')
        super(TextTestResult, self).addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super(TextTestResult, self).addSuccess(test)
        self._report(test, 'ok', '.')

    def addError(self, test, err):
        super(TextTestResult, self).addError(test, err)
        self._report(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super(TextTestResult, self).addFailure(test, err)
        self._report(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super(TextTestResult, self).addSkip(test, reason)
        self._report(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        super(TextTestResult, self).addExpectedFailure(test, err)
        self._report(test, 'expected failure', 'x', own_line=False)

    def addUnexpectedSuccess(self, test):
        super(TextTestResult, self).addUnexpectedSuccess(test)
        self._report(test, 'unexpected success', 'u', own_line=False)

    def printErrors(self):
        if self.showAll or self.dots:
            # ends the line of marks, or leaves a blank line after the verbose lines
            self.stream.writeln()
            self.stream.flush()
        for flavour, entries in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, entries)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            self.stream.writeln(self.separator1)
            for test in surprises:
                self.stream.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            heading = '%s: %s' % (flavour, self.getDescription(test))
            for line in (self.separator1, heading, self.separator2, str(text)):
                self.stream.writeln(line)
            self.stream.flush()


def _outcome_counts(result):
    """(expected failures, unexpected successes, skipped) of a result; zeros for a
    result class that does not keep them."""
    try:
        kept = (result.expectedFailures, result.unexpectedSuccesses, result.skipped)
    except AttributeError:
        return 0, 0, 0
    return tuple(len(entries) for entries in kept)


class TextTestRunner(object):
    """Runs tests and reports them on a stream (stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        if resultclass is not None:
            self.resultclass = resultclass
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.verbosity = verbosity
        self.descriptions = descriptions
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings = warnings

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    @staticmethod
    def _call_hook(result, name):
        hook = getattr(result, name, None)
        if hook is not None:
            hook()

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        began = time.perf_counter()
        self._call_hook(result, 'startTestRun')
        try:
            test(result)
        finally:
            self._call_hook(result, 'stopTestRun')
        elapsed = time.perf_counter() - began
        result.printErrors()
        self._write_summary(result, elapsed)
        return result

    def _write_summary(self, result, elapsed):
        """The 'Ran N tests' line and the verdict: 'OK' or 'FAILED', with the nonzero counts."""
        out = self.stream
        if hasattr(result, 'separator2'):
            out.writeln(result.separator2)
        ran = result.testsRun
        out.writeln('Ran %d test%s in %.3fs' % (ran, '' if ran == 1 else 's', elapsed))
        out.writeln()
        passed = result.wasSuccessful()
        counts = []
        if not passed:
            counts.append(('failures', len(result.failures)))
            counts.append(('errors', len(result.errors)))
        expected, unexpected, skipped = _outcome_counts(result)
        counts.append(('skipped', skipped))
        counts.append(('expected failures', expected))
        counts.append(('unexpected successes', unexpected))
        notes = ', '.join('%s=%d' % (label, n) for label, n in counts if n)
        out.write('OK' if passed else 'FAILED')
        out.write(' (%s)\n' % notes if notes else '\n')
        out.flush()
        return result
