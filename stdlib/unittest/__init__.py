"""unittest for closured: TestCase with the assert methods and CPython's
failure messages (the diffs of strings, sequences and dicts through
difflib), fixtures, subTest, skips and expected failures, TestSuite,
TestLoader, TextTestRunner and main(), printing CPython's dots or lines and
summary to stderr. Not provided: assertWarns, assertLogs, FunctionTestCase,
mocks, test discovery, buffering of output, and the warning CPython gives when a test
returns a value. Written for closured (not CPython's Lib/unittest)."""

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'IsolatedAsyncioTestCase']

__unittest = True

from .result import TestResult
from .case import TestCase, SkipTest, skip, skipIf, skipUnless, expectedFailure
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import main, TestProgram
from .runner import TextTestRunner, TextTestResult


def __getattr__(name):
    # made on first use, as CPython does: it imports asyncio
    if name == 'IsolatedAsyncioTestCase':
        from .async_case import IsolatedAsyncioTestCase
        globals()[name] = IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
