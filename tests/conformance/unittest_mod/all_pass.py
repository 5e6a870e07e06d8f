import unittest


class Quick(unittest.TestCase):
    def test_one(self):
        self.assertTrue(1)

    def test_two(self):
        self.assertEqual(sorted([3, 1, 2]), [1, 2, 3])

    @unittest.skip("later")
    def test_three(self):
        pass


unittest.main()
