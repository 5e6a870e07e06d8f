class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.log.append(("wd", amount))

    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"


class Savings(Account):
    rate = 0.05

    def add_interest(self):
        self.deposit(round(self._balance * self.rate, 2))


a = Account("ann", 100)
s = Savings("sam", 1000)
a.deposit(50)
s.add_interest()
print(a, s, a.balance, s.balance)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed - e.available)
try:
    a.deposit(-1)
except ValueError as e:
    print("error:", e)
try:
    a.balance = 5
except AttributeError as e:
    print("error:", e)
print(a.log, s.log)
