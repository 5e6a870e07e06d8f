# weakref.proxy: an object standing for a weakly held one; attribute access,
# calls and operators reach the referent while it lives, ReferenceError after.
import weakref


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, n):
        self.balance += n
        return self.balance

    def __len__(self):
        return len(self.owner)

    def __getitem__(self, i):
        return self.owner[i]

    def __add__(self, other):
        return self.balance + other


acct = Account('ada', 10)
p = weakref.proxy(acct)
print(p.owner, p.deposit(5), acct.balance, len(p), p[0], p + 1, str(p) == str(acct))
p.balance = 100
print(acct.balance, isinstance(p, weakref.ProxyTypes), type(p) is weakref.ProxyType)
print(repr(p).startswith('<weakproxy at '), 'to Account at' in repr(p))
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)


def greet(name):
    return 'hello ' + name


class Greeter:
    def __call__(self, who):
        return 'hi ' + who


g = Greeter()
cp = weakref.proxy(g)
print(cp('bob'), type(cp) is weakref.CallableProxyType, callable(cp), callable(p))

seen = []
q = weakref.proxy(Account('tmp', 1), lambda pr: seen.append(type(pr).__name__))
print(seen)
for attempt in (lambda: q.owner, lambda: len(q), lambda: q.deposit(1)):
    try:
        attempt()
    except ReferenceError as e:
        print('ReferenceError:', e)
del acct
try:
    p.balance
except ReferenceError as e:
    print('ReferenceError:', e)
try:
    weakref.proxy(5)
except TypeError as e:
    print('TypeError:', e)
