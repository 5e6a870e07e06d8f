"""unittest.main: TestProgram, which loads a module's tests, runs them with
a TextTestRunner and exits with the outcome."""

import sys

from . import loader, runner

__unittest = True


class TestProgram(object):
    """unittest.main(): the tests of `module` (default __main__), run."""

    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            # a dotted name: __import__ gives the top package, the rest is attributes
            found = __import__(module)
            for part in module.split('.')[1:]:
                found = getattr(found, part)
            module = found
        self.module = module
        self.exit, self.verbosity = exit, verbosity
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.tb_locals, self.warnings = tb_locals, warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = 'python'
        self.parseArgs(sys.argv if argv is None else argv)
        self.runTests()

    def parseArgs(self, argv):
        """The options CPython's unittest.main takes on its command line that
        change a run: -v, -q, -f (failfast) and test names."""
        names = []
        for arg in argv[1:]:
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            else:
                names.append(arg)
        default = self.defaultTest
        if names:
            self.testNames = names
        elif isinstance(default, str):
            self.testNames = (default,)
        elif default is None:
            self.testNames = None
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            testRunner = self.testRunner(verbosity=self.verbosity,
                                         failfast=bool(self.failfast),
                                         buffer=bool(self.buffer),
                                         warnings=self.warnings,
                                         tb_locals=self.tb_locals)
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
