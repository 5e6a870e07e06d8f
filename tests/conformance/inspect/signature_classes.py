# Signatures of classes, namedtuples, callable instances and staticmethods.
import inspect
from collections import namedtuple


class Account:
    def __init__(self, owner, balance=0, *, currency="EUR"):
        self.owner = owner

    @staticmethod
    def parse(text, sep=","):
        pass

    def __call__(self, amount):
        return amount


class Child(Account):
    pass


Point = namedtuple("Point", "x y", defaults=[0])
print(inspect.signature(Account), inspect.signature(Child), inspect.signature(Account.parse))
print(inspect.signature(Account("a")), inspect.signature(Point), inspect.signature(Point._make))
print(list(inspect.signature(Account).parameters), inspect.signature(Account).parameters["currency"].kind)


class Plain:
    pass


print(inspect.signature(Plain), inspect.signature(lambda self, *a: 0).bind(1, 2, 3).arguments)
