"""unittest.case: TestCase (fixtures, the assert methods with CPython's
failure messages, subTest, assertRaises), SkipTest and the skip and
expectedFailure decorators."""

import sys
import functools
import difflib
import collections
import contextlib
from . import result
from .util import (strclass, safe_repr, _count_diff_all_purpose, _count_diff_hashable,
                   _common_shorten_repr)

__unittest = True

# subTest()'s msg when none is given (None is a message like any other)
_subtest_msg_sentinel = object()

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raise this in a test (or call skipTest) to skip it."""


class _ShouldStop(Exception):
    """Stops the test run (failfast)."""


class _UnexpectedSuccess(Exception):
    """The test was expected to fail but did not."""


from pprint import pformat as _pformat


class _Outcome(object):
    """What happened while one test ran: whether its parts succeeded, and
    the failure it was expected to have."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None

    @contextlib.contextmanager
    def testPartExecutor(self, test_case, subTest=False):
        """Runs one part of a test (setUp, the test method, tearDown, a cleanup, a subtest).
        An exception in it is reported to the result (or kept as the expected failure)
        instead of propagating; success ends False when any part failed."""
        earlier = self.success
        self.success = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as exc:
            self.success = False
            _addSkip(self.result, test_case, str(exc))
        except _ShouldStop:
            pass
        except BaseException:
            self._record(test_case, subTest, sys.exc_info())
        else:
            if subTest and self.success:
                self.result.addSubTest(test_case.test_case, test_case, None)
        finally:
            self.success = earlier and self.success

    def _record(self, part, is_subtest, info):
        if self.expecting_failure:
            self.expectedFailure = info
            return
        self.success = False
        if is_subtest:
            self.result.addSubTest(part.test_case, part, info)
        else:
            _addError(self.result, part, info)


def _addSkip(result, test_case, reason):
    # a result class without addSkip counts a skipped test as passed
    report = getattr(result, 'addSkip', None)
    if report is None:
        result.addSuccess(test_case)
    else:
        report(test_case, reason)


def _addError(result, test, exc_info):
    """Reports exc_info as the test's failure (its failureException) or error."""
    if result is None or exc_info is None:
        return
    if not issubclass(exc_info[0], test.failureException):
        result.addError(test, exc_info)
    else:
        result.addFailure(test, exc_info)


def _id(obj):
    return obj


def _mark_skipped(test_item, reason):
    # a class keeps its own methods (the suite skips it); a function is replaced by one
    # that raises SkipTest, so that calling it directly skips too
    if isinstance(test_item, type):
        marked = test_item
    else:
        @functools.wraps(test_item)
        def skip_wrapper(*args, **kwargs):
            raise SkipTest(reason)
        marked = skip_wrapper
    marked.__unittest_skip__ = True
    marked.__unittest_skip_why__ = reason
    return marked


def skip(reason):
    """Unconditionally skip a test."""
    if callable(reason) and not isinstance(reason, (type, str)):
        # used bare, as @skip: the argument is the test itself
        return _mark_skipped(reason, '')

    def decorator(test_item):
        return _mark_skipped(test_item, reason)
    return decorator


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(one, basetype) for one in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


def _name_of(obj):
    try:
        return obj.__name__
    except AttributeError:
        return str(obj)


class _AssertRaisesContext(object):
    """What assertRaises and assertRaisesRegex return, or run the callable within."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __init__(self, expected, test_case, expected_regex=None):
        if expected_regex is not None:
            import re
            expected_regex = re.compile(expected_regex)
        self.expected = expected
        self.expected_regex = expected_regex
        self.test_case = test_case
        self.msg = None
        self.obj_name = None

    def _raiseFailure(self, standardMsg):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, standardMsg))

    def handle(self, name, args, kwargs):
        """assertRaises(exc, **kw) gives the context manager; assertRaises(exc, func, *args,
        **kwargs) calls func within it and gives None."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if args:
            func = args[0]
            self.obj_name = _name_of(func)
            with self:
                func(*args[1:], **kwargs)
            return None
        self.msg = kwargs.pop('msg', None)
        if kwargs:
            unknown = next(iter(kwargs))
            raise TypeError('%r is an invalid keyword argument for this function' % (unknown,))
        return self

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            by = ' by %s' % (self.obj_name,) if self.obj_name else ''
            self._raiseFailure('%s not raised%s' % (_name_of(self.expected), by))
        if not issubclass(exc_type, self.expected):
            return False  # not ours: let it propagate
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._raiseFailure('"%s" does not match "%s"' % (pattern.pattern, exc_value))
        return True


class _OrderedChainMap(collections.ChainMap):
    """A ChainMap iterating its keys in first-seen order, outermost map first."""

    def __iter__(self):
        keys = {}
        for mapping in self.maps:
            for key in mapping:
                keys.setdefault(key, None)
        return iter(keys)


def _skip_reason(test, method):
    """Why the test is skipped (its class or its method is marked), or None."""
    cls = test.__class__
    if not (getattr(cls, '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False)):
        return None
    return getattr(cls, '__unittest_skip_why__', '') or getattr(method, '__unittest_skip_why__', '')


def _pformat_diff(first, second):
    """ndiff of the pretty-printed values, the detail of a sequence or dict failure."""
    ours = _pformat(first).splitlines()
    theirs = _pformat(second).splitlines()
    return '\n' + '\n'.join(difflib.ndiff(ours, theirs))


def _closeness(first, second, places, delta):
    """(whether first and second are within the tolerance, the tolerance in words,
    their difference) for assertAlmostEqual and assertNotAlmostEqual."""
    if delta is not None and places is not None:
        raise TypeError("specify delta or places not both")
    gap = abs(first - second)
    if delta is not None:
        return gap <= delta, '%s delta' % (safe_repr(delta),), gap
    if places is None:
        places = 7
    return round(gap, places) == 0, '%r places' % (places,), gap


def _first_mismatch(seq1, seq2, count, kind):
    """The line naming the first index below count where the sequences differ (or that
    cannot be indexed), or None when the first count elements are equal."""
    for index in range(count):
        pair = []
        for ordinal, seq in (('first', seq1), ('second', seq2)):
            try:
                pair.append(seq[index])
            except (TypeError, IndexError, NotImplementedError):
                return '\nUnable to index element %d of %s %s\n' % (index, ordinal, kind)
        if pair[0] != pair[1]:
            shown = _common_shorten_repr(pair[0], pair[1])
            return '\nFirst differing element %d:\n%s\n%s\n' % ((index,) + shown)
    return None


def _sequence_difference(seq1, seq2, kind, seq_type):
    """What assertSequenceEqual says about seq1 and seq2, or None when they pass."""
    sizes = []
    for ordinal, seq in (('First', seq1), ('Second', seq2)):
        try:
            sizes.append(len(seq))
        except (TypeError, NotImplementedError):
            return '%s %s has no length.    Non-sequence?' % (ordinal, kind)
    if seq1 == seq2:
        return None
    len1, len2 = sizes
    text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
    mismatch = _first_mismatch(seq1, seq2, min(len1, len2), kind)
    if mismatch is not None:
        text += mismatch
    elif len1 == len2 and seq_type is None and type(seq1) != type(seq2):
        return None  # equal elements in sequences of different types: they pass
    if len1 == len2:
        return text
    if len1 > len2:
        longer, ordinal, first_extra = seq1, 'First', len2
    else:
        longer, ordinal, first_extra = seq2, 'Second', len1
    text += '\n%s %s contains %d additional elements.\n' % (ordinal, kind, abs(len1 - len2))
    try:
        text += 'First extra element %d:\n%s\n' % (first_extra, safe_repr(longer[first_extra]))
    except (TypeError, IndexError, NotImplementedError):
        text += 'Unable to index element %d of %s %s\n' % (first_extra, ordinal.lower(), kind)
    return text


def _compiled(pattern):
    if isinstance(pattern, (str, bytes)):
        import re
        return re.compile(pattern)
    return pattern


class TestCase(object):
    """A test: its test method, with setUp and tearDown around it."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    # the assert method assertEqual hands two values of one of these types to
    _equality_by_type = ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                         (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                         (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual'))

    def __init_subclass__(cls, *args, **kwargs):
        # every test class has its own class-fixture state and class cleanups
        cls._class_cleanups = []
        cls._classSetupFailed = False
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        try:
            self._testMethodDoc = getattr(self, methodName).__doc__
        except AttributeError:
            # a TestCase made without a method name (to call its asserts) is fine
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
            self._testMethodDoc = 'No test'
        self._type_equality_funcs = {}
        for kind, checker in self._equality_by_type:
            self.addTypeEqualityFunc(kind, checker)

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        # looked up on the type, as the with statement does
        kind = type(cm)
        enter, leave = kind.__enter__, kind.__exit__
        entered = enter(cm)
        self.addCleanup(leave, cm, None, None, None)
        return entered

    def setUp(self):
        "Prepares the fixture; runs before each test method."

    def tearDown(self):
        "Releases the fixture; runs after each test method whose setUp succeeded."

    @classmethod
    def setUpClass(cls):
        "Prepares what the class's tests share; runs once before the first of them."

    @classmethod
    def tearDownClass(cls):
        "Releases what the class's tests share; runs once after the last of them."

    def defaultTestResult(self):
        return result.TestResult()

    def countTestCases(self):
        return 1

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def shortDescription(self):
        # the first line of the test method's docstring
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n', 1)[0].strip()

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    def __str__(self):
        name = self._testMethodName
        return '%s (%s.%s)' % (name, strclass(self.__class__), name)

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __eq__(self, other):
        if type(self) is type(other):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    @contextlib.contextmanager
    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A part of the test, reported on its own when it fails."""
        outcome = self._outcome
        if outcome is None or not outcome.result_supports_subtests:
            yield
            return
        enclosing = self._subtest
        if enclosing is None:
            merged = _OrderedChainMap(params)
        else:
            merged = enclosing.params.new_child(params)
        self._subtest = _SubTest(self, msg, merged)
        try:
            with outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            # a failed subtest ends the test under failfast; so does the failure expected
            if outcome.success:
                if outcome.expectedFailure:
                    raise _ShouldStop
            elif outcome.result is not None and outcome.result.failfast:
                raise _ShouldStop
        finally:
            self._subtest = enclosing

    def _addExpectedFailure(self, result, exc_info):
        report = getattr(result, 'addExpectedFailure', None)
        if report is None:
            result.addSuccess(self)
        else:
            report(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        report = getattr(result, 'addUnexpectedSuccess', None)
        if report is not None:
            report(self)
            return
        # a result class that does not know the outcome counts it as a failure
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def _callTestMethod(self, method):
        method()  # (CPython warns when a test returns a value: not done here)

    def _callSetUp(self):
        self.setUp()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _callTearDown(self):
        self.tearDown()

    def run(self, result=None):
        stop_run = None
        if result is None:
            # a run of this test alone, on a result of its own
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        result.startTest(self)
        try:
            self._run_parts(result)
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()
        return result

    def _run_parts(self, result):
        method = getattr(self, self._testMethodName)
        why = _skip_reason(self, method)
        if why is not None:
            _addSkip(result, self, why)
            return
        expecting = (getattr(self, '__unittest_expecting_failure__', False)
                     or getattr(method, '__unittest_expecting_failure__', False))
        outcome = self._outcome = _Outcome(result)
        part = outcome.testPartExecutor
        try:
            with part(self):
                self._callSetUp()
            if outcome.success:
                # only the test method's exception can be the expected failure
                outcome.expecting_failure = expecting
                with part(self):
                    self._callTestMethod(method)
                outcome.expecting_failure = False
                with part(self):
                    self._callTearDown()
            self.doCleanups()
            if not outcome.success:
                return
            if not expecting:
                result.addSuccess(self)
            elif outcome.expectedFailure:
                self._addExpectedFailure(result, outcome.expectedFailure)
            else:
                self._addUnexpectedSuccess(result)
        finally:
            # the kept exception holds the test's frames: let them go now
            outcome.expectedFailure = None
            self._outcome = None

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        pending = self._cleanups
        while pending:
            # the last added runs first
            function, args, kwargs = pending.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        # the suite reports what they raised, from tearDown_exceptions
        errors = cls.tearDown_exceptions = []
        pending = cls._class_cleanups
        while pending:
            function, args, kwargs = pending.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                errors.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors in a TestResult."""
        method = getattr(self, self._testMethodName)
        why = _skip_reason(self, method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        pending = self._cleanups
        while pending:
            function, args, kwargs = pending.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    # ---- the assert methods -------------------------------------------------

    def _formatMessage(self, msg, standardMsg):
        """The failure text: with longMessage the standard text and msg both, else msg
        when given."""
        if self.longMessage:
            return standardMsg if msg is None else '%s : %s' % (standardMsg, msg)
        return msg or standardMsg

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + DIFF_OMITTED % len(diff)
        return message + diff

    def _fail_because(self, msg, standardMsg):
        self.fail(self._formatMessage(msg, standardMsg))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail_because(msg, '%s is not true' % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail_because(msg, '%s is not false' % safe_repr(expr))

    def assertRaises(self, expected_exception, *args, **kwargs):
        checker = _AssertRaisesContext(expected_exception, self)
        return checker.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        checker = _AssertRaisesContext(expected_exception, self, expected_regex)
        return checker.handle('assertRaisesRegex', args, kwargs)

    def _getAssertEqualityFunc(self, first, second):
        # a type's own check applies when both values have exactly that type
        if type(first) == type(second):
            checker = self._type_equality_funcs.get(type(first))
            if isinstance(checker, str):
                return getattr(self, checker)
            if checker is not None:
                return checker
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail_because(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail_because(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        close, within, gap = _closeness(first, second, places, delta)
        if not close:
            self._fail_because(msg, '%s != %s within %s (%s difference)'
                               % (safe_repr(first), safe_repr(second), within, safe_repr(gap)))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        close, within, gap = _closeness(first, second, places, delta)
        if close or first == second:
            text = '%s == %s within %s' % (safe_repr(first), safe_repr(second), within)
            if delta is not None:
                text += ' (%s difference)' % safe_repr(gap)
            self._fail_because(msg, text)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        kind = 'sequence'
        if seq_type is not None:
            kind = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (ordinal, kind, safe_repr(seq)))
        text = _sequence_difference(seq1, seq2, kind, seq_type)
        if text is not None:
            self._fail_because(msg, self._truncateMessage(text, _pformat_diff(seq1, seq2)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def _set_difference(self, one, other, ordinal):
        try:
            return one.difference(other)
        except TypeError as exc:
            self.fail('invalid type when attempting set difference: %s' % exc)
        except AttributeError as exc:
            self.fail('%s argument does not support set difference: %s' % (ordinal, exc))

    def assertSetEqual(self, set1, set2, msg=None):
        only_first = self._set_difference(set1, set2, 'first')
        only_second = self._set_difference(set2, set1, 'second')
        lines = []
        for extra, heading in ((only_first, 'Items in the first set but not the second:'),
                               (only_second, 'Items in the second set but not the first:')):
            if extra:
                lines.append(heading)
                lines.extend(repr(item) for item in extra)
        if lines:
            self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail_because(msg, '%s not found in %s' % (safe_repr(member),
                                                            safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail_because(msg, '%s unexpectedly found in %s' % (safe_repr(member),
                                                                     safe_repr(container)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail_because(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail_because(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            text = '%s != %s' % _common_shorten_repr(d1, d2)
            self._fail_because(msg, self._truncateMessage(text, _pformat_diff(d1, d2)))

    def assertCountEqual(self, first, second, msg=None):
        """Same elements, as many times each, in any order."""
        mine, theirs = list(first), list(second)
        try:
            same = collections.Counter(mine) == collections.Counter(theirs)
        except TypeError:
            # unhashable elements: counted by equality
            counts = _count_diff_all_purpose(mine, theirs)
        else:
            if same:
                return
            counts = _count_diff_hashable(mine, theirs)
        if counts:
            detail = '\n'.join('First has %d, Second has %d:  %r' % entry for entry in counts)
            text = self._truncateMessage('Element counts were not equal:\n', detail)
            self._fail_because(msg, text)

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if max(len(first), len(second)) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)  # too long to diff
        if first.strip('\r\n') == first and len(first.splitlines()) == 1:
            # one line without its end: compared as a line, so that ndiff shows the hints
            ours, theirs = [first + '\n'], [second + '\n']
        else:
            ours, theirs = first.splitlines(keepends=True), second.splitlines(keepends=True)
        text = '%s != %s' % _common_shorten_repr(first, second)
        detail = '\n' + ''.join(difflib.ndiff(ours, theirs))
        self._fail_because(msg, self._truncateMessage(text, detail))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail_because(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail_because(msg, '%s not less than or equal to %s'
                               % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail_because(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail_because(msg, '%s not greater than or equal to %s'
                               % (safe_repr(a), safe_repr(b)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail_because(msg, '%s is not None' % (safe_repr(obj),))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail_because(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail_because(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail_because(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertRegex(self, text, expected_regex, msg=None):
        pattern = _compiled(expected_regex)
        if not pattern.search(text):
            self._fail_because(msg, "Regex didn't match: %r not found in %r"
                               % (pattern.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pattern = _compiled(unexpected_regex)
        found = pattern.search(text)
        if found:
            self._fail_because(msg, 'Regex matched: %r matches %r in %r'
                               % (text[found.start():found.end()], pattern.pattern, text))


class _SubTest(TestCase):
    """One subTest of a test: reported with its message and parameters."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case = test_case
        self.params = params
        self._message = message
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        # '[message] (name=value, ...)', either part only when given
        words = []
        if self._message is not _subtest_msg_sentinel:
            words.append('[%s]' % (self._message,))
        if self.params:
            words.append('(%s)' % ', '.join('%s=%r' % item for item in self.params.items()))
        return ' '.join(words) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subDescription())

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()
