import io
import unittest


class Mixed(unittest.TestCase):
    def test_a_ok(self):
        """First line of the doc.

        Second paragraph."""

    def test_b_fail(self):
        self.assertEqual(1, 2)

    def test_c_error(self):
        raise ValueError("boom")

    @unittest.skip("why not")
    def test_d_skip(self):
        pass

    @unittest.expectedFailure
    def test_e_xfail(self):
        self.fail("expected")

    @unittest.expectedFailure
    def test_f_xpass(self):
        pass

    def test_g_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.fail("odd one")
                if i == 2:
                    raise KeyError(i)


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")

    def test_never(self):
        pass


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_one(self):
        pass


class CleanupClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, "class cleanup ran")

    @classmethod
    def tearDownClass(cls):
        raise OSError("teardown broke")

    def test_fine(self):
        pass


def run(tests, **kwargs):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for case in tests:
        suite.addTests(loader.loadTestsFromTestCase(case))
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    lines = stream.getvalue().split("\n")
    print("\n".join(line.split(" in ")[0] if line.startswith("Ran ") else line
                    for line in lines))
    print("counts:", result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses),
          result.wasSuccessful(), result.shouldStop)
    print(repr(result)[:40].split(" run=")[0].split(".")[-1])
    return result


print("--- verbosity 0")
run([Mixed], verbosity=0)
print("--- verbosity 1")
run([Mixed, SkippedClass])
print("--- verbosity 2")
run([Mixed, BrokenSetUpClass, SkippedClass, CleanupClass], verbosity=2)
print("--- no descriptions")
run([Mixed], verbosity=2, descriptions=False)
print("--- failfast")
run([Mixed], verbosity=2, failfast=True)


class Quiet(unittest.TextTestResult):
    def addSuccess(self, test):
        unittest.TestResult.addSuccess(self, test)
        self.stream.write("<ok>")


print("--- resultclass")
run([CleanupClass], resultclass=Quiet)
print("--- only passes")
run([CleanupClass, SkippedClass], verbosity=2)
suite = unittest.TestSuite([Mixed("test_a_ok"), unittest.TestSuite([Mixed("test_b_fail")])])
print(suite.countTestCases(), [type(t).__name__ for t in suite], len(list(suite)))
suite2 = unittest.TestSuite()
suite2.addTests([Mixed("test_a_ok"), Mixed("test_c_error")])
print(suite2 == unittest.TestSuite([Mixed("test_a_ok"), Mixed("test_c_error")]), suite2 != suite)
try:
    suite2.addTest(5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    suite2.addTests("abc")
except TypeError as exc:
    print("TypeError:", exc)
print(repr(unittest.TestSuite()).startswith("<unittest.suite.TestSuite tests=["))
res = unittest.TestResult()
suite2.run(res)
print(res.testsRun, len(res.errors), res.errors[0][0].id())
print(list(suite2)) if False else print(len(list(suite2)))
