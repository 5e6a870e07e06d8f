"""unittest.result: TestResult, what a test run collected."""

import functools

import _unittest

__unittest = True


def failfast(method):
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


class TestResult(object):
    """The failures and errors of a run (as texts), its skips, expected
    failures and unexpected successes, and how many tests ran."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # what the run collected: (test, report text) pairs, (test, reason) for skips
        self.testsRun = 0
        self.errors, self.failures = [], []
        self.skipped = []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        # what the runner sets
        self.shouldStop = self.failfast = False
        self.buffer = self.tb_locals = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        "Called once before any tests are executed."

    def stopTest(self, test):
        "Called when the given test has been run"

    def stopTestRun(self):
        "Called once after all tests are executed."

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is None:
            return  # a subtest that passed is not recorded
        if getattr(self, 'failfast', False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        entries = self.failures if failed else self.errors
        entries.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        "Called when a test has completed successfully"

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report of err (a sys.exc_info() triple): its traceback cut to the
        test's frames, and its chain."""
        return _unittest.format_exception(err[1])

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                ("%s.%s" % (type(self).__module__, type(self).__qualname__), self.testsRun,
                 len(self.errors), len(self.failures)))
