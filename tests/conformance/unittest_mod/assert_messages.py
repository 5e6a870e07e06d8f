import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as exc:
        print(label, "->", repr(str(exc)))
    except Exception as exc:
        print(label, "raised", type(exc).__name__, exc)
    else:
        print(label, "passed")


show("true", t.assertTrue, 0)
show("false", t.assertFalse, [1])
show("false msg", t.assertFalse, 1, "custom")
show("eq int", t.assertEqual, 1, 2)
show("eq int msg", t.assertEqual, 1, 2, "why")
show("ne", t.assertNotEqual, "a", "a")
show("almost", t.assertAlmostEqual, 1.0, 1.001)
show("almost places", t.assertAlmostEqual, 1.0, 1.001, places=2)
show("almost delta", t.assertAlmostEqual, 1.0, 1.5, delta=0.1)
show("almost both", t.assertAlmostEqual, 1.0, 1.5, places=1, delta=0.1)
show("almost equal", t.assertAlmostEqual, "x", "x")
show("notalmost", t.assertNotAlmostEqual, 1.0, 1.00000001)
show("notalmost delta", t.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
show("notalmost ok", t.assertNotAlmostEqual, 1.0, 2.0)
show("seq longer", t.assertSequenceEqual, [1, 2, 3, 4], [1, 2])
show("seq shorter", t.assertSequenceEqual, (1,), (1, 2, 3))
show("seq type", t.assertSequenceEqual, [1], (1,), seq_type=list)
show("seq type2", t.assertSequenceEqual, [1], (1,), seq_type=tuple)
show("seq nolen", t.assertSequenceEqual, 5, [1])
show("seq nolen2", t.assertSequenceEqual, [1], 5)
show("seq same", t.assertSequenceEqual, [1, 2], (1, 2))
show("list", t.assertListEqual, [1, "a"], [1, "b"])
show("list type", t.assertListEqual, [1], (1,))
show("tuple", t.assertTupleEqual, (1, 2), (1, 3))
show("set", t.assertSetEqual, {1, 2}, {2, 3})
show("set one side", t.assertSetEqual, {1, 2}, {1})
show("set bad", t.assertSetEqual, {1}, 5)
show("set bad first", t.assertSetEqual, 5, {1})
show("frozenset eq", t.assertEqual, frozenset([1]), frozenset([2]))
show("in", t.assertIn, 4, [1, 2])
show("notin", t.assertNotIn, 1, [1, 2])
show("is", t.assertIs, 1, None)
show("isnot", t.assertIsNot, None, None)
show("dict", t.assertDictEqual, {"a": 1}, {"a": 2, "b": 3})
show("dict type", t.assertDictEqual, [], {})
show("count", t.assertCountEqual, [1, 1, 2], [1, 2, 2, 3])
show("count unhashable", t.assertCountEqual, [[1], [2]], [[1], [1]])
show("count ok", t.assertCountEqual, "abc", "cab")
show("multiline", t.assertMultiLineEqual, "a\nb\nc\n", "a\nB\nc\n")
show("multiline one", t.assertMultiLineEqual, "abc", "abd")
show("multiline type", t.assertMultiLineEqual, b"x", "x")
show("less", t.assertLess, 2, 1)
show("lesseq", t.assertLessEqual, 2, 1)
show("greater", t.assertGreater, 1, 2)
show("greatereq", t.assertGreaterEqual, 1, 2)
show("none", t.assertIsNone, 0)
show("notnone", t.assertIsNotNone, None)
show("isinstance", t.assertIsInstance, 1, str)
show("notisinstance", t.assertNotIsInstance, 1, int)
show("regex", t.assertRegex, "hello", "w.rld")
show("notregex", t.assertNotRegex, "hello world", "o w")
show("raises none", t.assertRaises, ValueError, lambda: None)
show("raises named", t.assertRaises, ValueError, len, [])
show("raises tuple", t.assertRaises, (ValueError, KeyError), len, [])
show("raises bad arg", t.assertRaises, 5)
show("raises bad kw", t.assertRaises, ValueError, bogus=1)
show("raises other", t.assertRaises, KeyError, int, "x")
show("raisesregex", t.assertRaisesRegex, ValueError, "^nope", int, "x")
with t.assertRaisesRegex(ValueError, "invalid") as cm:
    int("y")
print(type(cm.exception).__name__, cm.exception.__traceback__)
try:
    with t.assertRaises(ValueError, msg="extra words"):
        pass
except AssertionError as exc:
    print("ctx msg ->", exc)
show("fail", t.fail)
show("fail msg", t.fail, "bye")
t.longMessage = False
show("short msg", t.assertEqual, 1, 2, "only this")
show("short none", t.assertEqual, 1, 2)
t.longMessage = True
t.maxDiff = 20
show("truncated", t.assertListEqual, list(range(10)), list(range(11)))
t.maxDiff = None
show("untruncated", t.assertEqual, {"k": 1}, {"k": 2})


class Point:
    def __init__(self, x):
        self.x = x


def points_equal(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException(msg or "points differ: %d %d" % (a.x, b.x))


t.addTypeEqualityFunc(Point, points_equal)
show("typefunc", t.assertEqual, Point(1), Point(2))
show("typefunc ok", t.assertEqual, Point(1), Point(1))
print(T().shortDescription(), T() == T(), hash(T()) == hash(T()), str(T()), T().id())
print(unittest.TestCase.maxDiff, unittest.TestCase.longMessage)


class Fixtures(unittest.TestCase):
    def setUp(self):
        print("setUp", self._testMethodName)
        self.addCleanup(print, "cleanup 1")
        self.addCleanup(self.broken_cleanup)

    def broken_cleanup(self):
        raise ValueError("cleanup broke")

    def tearDown(self):
        print("tearDown")

    @unittest.skipIf(True, "skipIf reason")
    def test_a(self):
        print("never")

    @unittest.skipUnless(False, "skipUnless reason")
    def test_b(self):
        print("never")

    @unittest.skipIf(False, "not skipped")
    def test_c(self):
        """  Leading spaces are stripped.  
        second"""
        print("test_c ran", self.shortDescription())

    @unittest.skip
    def test_d(self):
        pass

    def test_e(self):
        self.skipTest("skipped inside")

    def test_f(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 0)
            with self.subTest():
                raise TypeError("plain")
        print("after subtests")

    @unittest.expectedFailure
    def test_g(self):
        with self.subTest(k=1):
            self.fail("inside subtest")
        print("not reached")

    def test_h(self):
        class Ctx:
            def __enter__(self):
                print("enter")
                return "value"

            def __exit__(self, *exc):
                print("exit", exc)

        print("got", self.enterContext(Ctx()))


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Fixtures).run(result)
print("run", result.testsRun)
for test, reason in result.skipped:
    print("skipped", test.id(), repr(reason))
for test, text in result.errors:
    print("error", test, "|", text.strip().splitlines()[-1])
for test, text in result.failures:
    print("failure", test, "|", text.strip().splitlines()[-1])
print("xfail", [str(test) for test, _ in result.expectedFailures])
f = Fixtures("test_c")
try:
    f.debug()
except ValueError as exc:
    print("debug cleanup:", exc)
try:
    Fixtures("test_a").debug()
except unittest.SkipTest as exc:
    print("SkipTest", exc)
try:
    Fixtures("nope")
except ValueError as exc:
    print("ValueError", str(exc).split(":")[-1])
print(Fixtures("test_c").countTestCases(), repr(Fixtures("test_c")))
r = Fixtures("test_c").run()
print(type(r).__name__, r.testsRun, len(r.errors))
