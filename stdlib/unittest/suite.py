"""unittest.suite: TestSuite, which runs its tests with the class and module
fixtures (setUpClass, tearDownClass, setUpModule, tearDownModule) around
them."""

import sys

from . import case
from . import util

__unittest = True


def _call_if_exists(parent, attr):
    getattr(parent, attr, lambda: None)()


class BaseTestSuite(object):
    """A composite of tests, run in order."""

    # Tests that have run are dropped from the suite (their count is kept), so that
    # whatever they hold can be freed before the whole run ends.
    _cleanup = True

    def __init__(self, tests=()):
        self._removed_tests = 0  # how many test cases the dropped tests counted
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (util.strclass(type(self)), list(self))

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(self) == list(other)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def countTestCases(self):
        return self._removed_tests + sum(test.countTestCases() for test in self if test)

    def addTest(self, test):
        """Appends test: any callable but a test case or suite class."""
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        is_class = isinstance(test, type)
        if is_class and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        """addTest for each of an iterable of tests (a str is refused, not iterated)."""
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for one in tests:
            self.addTest(one)

    def run(self, result):
        position = 0
        for test in self:
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
            position += 1
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            # a subclass's _tests that cannot be indexed keeps its tests
            return
        if hasattr(test, 'countTestCases'):  # the count outlives the test
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def debug(self):
        for test in self:
            test.debug()


def _mark_class_setup(cls, failed):
    # A class that refuses new attributes (a builtin type) keeps no mark.
    try:
        cls._classSetupFailed = failed
    except TypeError:
        pass


def _report_fixture_error(result, exc, where, owner, info=None):
    """Reports a fixture's exception as the error (or skip) of a stand-in test named
    'where (owner)', e.g. 'setUpClass (mod.Class)'."""
    holder = _ErrorHolder('%s (%s)' % (where, owner))
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None and isinstance(exc, case.SkipTest):
        add_skip(holder, str(exc))
    else:
        result.addError(holder, info or (type(exc), exc, None))


def _report_class_cleanups(result, cls, where, owner):
    for info in cls.tearDown_exceptions:
        _report_fixture_error(result, info[1], where, owner, info)


class TestSuite(BaseTestSuite):
    """A suite that also runs the class and module fixtures of its tests.

    The suite a run starts from (the outermost) closes the last class and module
    when its tests are done; nested suites share the result's notion of the
    previous test's class."""

    def run(self, result, debug=False):
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test) and not self._enter_fixtures(test, result):
                continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _enter_fixtures(self, test, result):
        """Closes the previous class (and module) when the test leaves them, opens the
        test's; False when the test must not run because a setUp of its failed."""
        self._tearDownPreviousClass(test, result)
        self._handleModuleFixture(test, result)
        self._handleClassSetUp(test, result)
        cls = test.__class__
        result._previousTestClass = cls
        return not (getattr(cls, '_classSetupFailed', False)
                    or getattr(result, '_moduleSetUpFailed', False))

    def _get_previous_module(self, result):
        cls = getattr(result, '_previousTestClass', None)
        return None if cls is None else cls.__module__

    def _handleClassSetUp(self, test, result):
        cls = test.__class__
        if cls == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(cls, '__unittest_skip__', False):
            return
        _mark_class_setup(cls, False)
        setup = getattr(cls, 'setUpClass', None)
        if setup is None:
            return
        cleanups = getattr(cls, 'doClassCleanups', None)
        owner = util.strclass(cls)
        try:
            setup()
        except Exception as exc:
            _mark_class_setup(cls, True)
            _report_fixture_error(result, exc, 'setUpClass', owner)
            if cleanups is not None:
                cleanups()
                _report_class_cleanups(result, cls, 'setUpClass', owner)

    def _handleModuleFixture(self, test, result):
        name = test.__class__.__module__
        if name == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        if name not in sys.modules:
            return
        setup = getattr(sys.modules[name], 'setUpModule', None)
        if setup is None:
            return
        try:
            setup()
        except Exception as exc:
            result._moduleSetUpFailed = True
            _report_fixture_error(result, exc, 'setUpModule', name)

    def _handleModuleTearDown(self, result):
        name = self._get_previous_module(result)
        if name is None or result._moduleSetUpFailed or name not in sys.modules:
            return
        teardown = getattr(sys.modules[name], 'tearDownModule', None)
        if teardown is None:
            return
        try:
            teardown()
        except Exception as exc:
            _report_fixture_error(result, exc, 'tearDownModule', name)

    def _tearDownPreviousClass(self, test, result):
        done = getattr(result, '_previousTestClass', None)
        if done is None or done == test.__class__:
            return
        # a class whose setUpClass failed or that was skipped was never set up
        if (getattr(done, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False)
                or getattr(done, '__unittest_skip__', False)):
            return
        teardown = getattr(done, 'tearDownClass', None)
        cleanups = getattr(done, 'doClassCleanups', None)
        owner = util.strclass(done)
        if teardown is not None:
            try:
                teardown()
            except Exception as exc:
                _report_fixture_error(result, exc, 'tearDownClass', owner)
        if cleanups is not None:
            cleanups()
            _report_class_cleanups(result, done, 'tearDownClass', owner)


class _ErrorHolder(object):
    """Stands in for a fixture (setUpClass...) whose error is reported: a test that
    counts for nothing and whose name is the description."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def id(self):
        return self.description

    __str__ = id

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        return None

    def __call__(self, result):
        return self.run(result)


def _isnotsuite(test):
    """Duck typing: a suite can be iterated, a single test cannot."""
    try:
        iter(test)
    except TypeError:
        return True
    return False
