"""unittest.loader: TestLoader, which collects the test methods of TestCase
classes (names starting with 'test', sorted) into suites."""

import functools
import sys

from . import case, suite

__unittest = True


def _three_way_cmp(x, y):
    return (x > y) - (x < y)


class TestLoader(object):
    """Makes suites from TestCase classes and modules."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        testCaseNames = self.getTestCaseNames(testCaseClass)
        if not testCaseNames and hasattr(testCaseClass, 'runTest'):
            testCaseNames = ['runTest']
        return self.suiteClass(map(testCaseClass, testCaseNames))

    def loadTestsFromModule(self, module, *, pattern=None):
        # the module's TestCase classes, in the order of dir() (by name)
        found = [getattr(module, name) for name in dir(module)]
        tests = self.suiteClass([self.loadTestsFromTestCase(obj) for obj in found
                                 if isinstance(obj, type) and issubclass(obj, case.TestCase)])
        hook = getattr(module, 'load_tests', None)
        return tests if hook is None else hook(self, tests, pattern)

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            module = sys.modules[parts[0]]
            parts = parts[1:]
        parent, obj = None, module
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, case.TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (suite.TestSuite, case.TestCase)):
                return test
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        suites = [self.loadTestsFromName(name, module) for name in names]
        return self.suiteClass(suites)

    def getTestCaseNames(self, testCaseClass):
        def shouldIncludeMethod(attrname):
            # A callable attribute named with the prefix, and matching a pattern if any.
            if not attrname.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if self.testNamePatterns is None:
                return True
            fullName = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__,
                                     attrname)
            import fnmatch
            return any(fnmatch.fnmatchcase(fullName, pattern)
                       for pattern in self.testNamePatterns)
        testFnNames = list(filter(shouldIncludeMethod, dir(testCaseClass)))
        if self.sortTestMethodsUsing:
            testFnNames.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return testFnNames


defaultTestLoader = TestLoader()
