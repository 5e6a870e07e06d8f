"""A small bank ledger with exceptions, context managers and properties."""
import contextlib
import functools
import itertools


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


class FrozenAccount(RuntimeError):
    pass


def logged(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        result = fn(self, *args, **kwargs)
        self.history.append((fn.__name__, args, result))
        return result
    return wrapper


class Account:
    _ids = itertools.count(1000)

    def __init__(self, owner, balance=0.0):
        self.id = next(self._ids)
        self.owner = owner
        self._balance = balance
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return round(self._balance, 2)

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    @logged
    def deposit(self, amount):
        self._check()
        self.balance = self._balance + amount
        return self.balance

    @logged
    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self.balance = self._balance - amount
        return self.balance

    def __repr__(self):
        return f"Account(id={self.id}, owner={self.owner!r}, balance={self.balance})"


@contextlib.contextmanager
def transaction(*accounts):
    snapshot = [(a, a._balance, len(a.history)) for a in accounts]
    try:
        yield accounts
    except (InsufficientFunds, FrozenAccount) as exc:
        for acct, bal, n in snapshot:
            acct._balance = bal
            del acct.history[n:]
        print("rolled back:", exc)
    else:
        print("committed", [a.balance for a in accounts])


def transfer(src, dst, amount):
    with transaction(src, dst):
        src.withdraw(amount)
        dst.deposit(amount)


alice = Account("alice", 100)
bob = Account("bob", 20.5)
transfer(alice, bob, 30.25)
transfer(bob, alice, 500)
bob.frozen = True
transfer(alice, bob, 1)
print(alice, bob)
print(alice.history)
print(bob.withdraw.__name__, Account.deposit.__wrapped__.__name__)
try:
    alice.balance = -5
except ValueError as e:
    print("ValueError:", e)
total = functools.reduce(lambda acc, a: acc + a.balance, [alice, bob], 0)
print(f"total={total:,.2f}", f"{alice.balance:>10.3f}|", f"{bob.owner:^9}|")
with contextlib.suppress(KeyError):
    {}["missing"]
print("suppressed ok")
try:
    try:
        bob.deposit(1)
    except FrozenAccount as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
bob.frozen = False
bob.withdraw(1000)
