import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")
    print("log:", log)


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.shared = [1, 2, 3]

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_a_documented(self):
        """Checks the shared list.

        More text that is not shown."""
        self.assertEqual(len(self.shared), 3)

    def test_b_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertAlmostEqual(1.0, 1.1, places=2)

    def test_c_counts(self):
        self.assertCountEqual([1, 2, 2, "x"], ["x", 2, 1, 1])

    def test_d_sets(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})

    def test_e_messages(self):
        self.assertIn(5, [1, 2, 3], "five is missing")

    def test_f_instance(self):
        self.assertIsInstance("s", int)

    @unittest.skipIf(True, "condition held")
    def test_g_skip_if(self):
        pass

    @unittest.skipUnless(False, "condition failed")
    def test_h_skip_unless(self):
        pass

    @unittest.expectedFailure
    def test_i_unexpected_success(self):
        pass

    def test_j_nested_subtests(self):
        for a in range(2):
            with self.subTest("outer", a=a):
                for b in range(2):
                    with self.subTest(b=b):
                        self.assertNotEqual((a, b), (1, 1))


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def test_never_runs(self):
        print("not printed")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class fixture broke")

    def test_x(self):
        pass


if __name__ == "__main__":
    unittest.main(verbosity=2)
