# unittest.TestSuite: adding tests (callables only, not classes, not a str of tests), counts
# kept after a run drops its tests, repr, equality, iteration, debug(), calling the suite.
import io
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


s = unittest.TestSuite()
print(s.countTestCases(), list(s), repr(s).startswith('<unittest.suite.TestSuite tests=['))
for bad in (T, unittest.TestSuite, 3, 'abc'):
    try:
        s.addTest(bad)
    except TypeError as exc:
        print('addTest TypeError', exc)
try:
    s.addTests('test_a')
except TypeError as exc:
    print('addTests TypeError', exc)
s.addTests([T('test_a'), T('test_b')])
s.addTest(unittest.TestSuite([T('test_a')]))
s.addTest(lambda result: print('plain callable ran'))
print(s.countTestCases() if False else len(list(s)))
print(s == unittest.TestSuite(list(s)), s == list(s), s != unittest.TestSuite())
r = unittest.TestResult()
s2 = unittest.TestSuite([T('test_a'), unittest.TestSuite([T('test_b'), T('test_a')])])
print(s2.countTestCases())
s2(r)
print(r.testsRun, r.wasSuccessful(), list(s2), s2.countTestCases())
s3 = unittest.BaseTestSuite([T('test_a'), T('test_b')])
s3.run(unittest.TestResult())
print(list(s3), s3.countTestCases())
s4 = unittest.BaseTestSuite([T('test_a')])
s4._cleanup = False
s4.run(unittest.TestResult())
print(len(list(s4)), s4.countTestCases())
s5 = unittest.TestSuite([T('test_a')])
s5.debug()
print(len(list(s5)), s5.countTestCases())
stop = unittest.TestResult()
stop.shouldStop = True
s6 = unittest.TestSuite([T('test_a'), T('test_b')])
s6.run(stop)
print(stop.testsRun, len([t for t in s6 if t]))
