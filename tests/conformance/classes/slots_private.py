# A private name in __slots__ is mangled like one in the class body: the
# slot is _Cls__name, which the class's own methods reach as self.__name.
class _Account:
    __slots__ = ("owner", "__balance", "__dunder__")

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def balance(self):
        return self.__balance


a = _Account("ann", 10)
print(a.balance(), a._Account__balance, _Account.__slots__)
print(sorted(k for k in vars(_Account) if "balance" in k or "dunder" in k))
try:
    a.__balance
except AttributeError as e:
    print(e)
try:
    a.__dunder__
except AttributeError as e:
    print(e)
try:
    a.other = 1
except AttributeError as e:
    print(e)


class Sub(_Account):
    __slots__ = ("__balance",)

    def set_mine(self, v):
        self.__balance = v


s = Sub("bob", 5)
s.set_mine(7)
print(s.balance(), s._Sub__balance)
