# unittest reports errors through the traceback module: no "Did you mean".
import unittest


class Inventory:
    def __init__(self):
        self.items = {}


class InventoryTest(unittest.TestCase):
    def test_attr(self):
        self.assertEqual(Inventory().itmes, {})

    def test_name(self):
        stock = 3
        self.assertEqual(stok, 3)


unittest.main()
