import sys
import unittest


class Checks(unittest.TestCase):
    maxDiff = None

    def test_long_text(self):
        first = "\n".join("line %d" % i for i in range(6))
        second = first.replace("line 3", "line three").replace("line 5", "")
        self.assertEqual(first, second)

    def test_long_list(self):
        self.assertEqual(list(range(30)), list(range(29)) + [99])

    def test_tuple(self):
        self.assertEqual((1, "a"), (1, "b", 3))

    def test_raises_callable(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        self.assertRaises(TypeError, len, 5)
        self.assertRaises(ValueError, int, "5")

    def test_error_chain(self):
        try:
            {}["k"]
        except KeyError:
            raise RuntimeError("while looking up")

    def test_comparisons(self):
        self.assertGreater(2, 1)
        self.assertLessEqual(3, 2)

    def test_is_none(self):
        self.assertIsNone([])

    def test_truncated(self):
        self.maxDiff = 40
        self.assertEqual(["alpha", "beta", "gamma"], ["alpha", "BETA", "gamma"])


class Loaded(unittest.TestCase):
    def test_two(self):
        pass

    def test_one(self):
        self.fail("explicit failure")


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Checks))
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(Loaded))
suite.addTest(Checks("test_raises_callable"))
print(suite.countTestCases())
class Capture:
    """A stream for the runner; the duration in its summary is left out."""
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def text(self):
        lines = "".join(self.parts).split("\n")
        return "\n".join(line.split(" in ")[0] if line.startswith("Ran ") else line
                         for line in lines)


stream = Capture()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(stream.text())
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print(repr(Checks("test_tuple")), Checks("test_tuple").id())
program = unittest.main(exit=False, argv=["prog"])
print("wasSuccessful:", program.result.wasSuccessful())
