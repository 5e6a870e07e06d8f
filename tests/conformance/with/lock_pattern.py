class Lock:
    def __init__(self):
        self.held = False
        self.count = 0

    def __enter__(self):
        if self.held:
            raise RuntimeError("already held")
        self.held = True
        self.count += 1
        return self

    def __exit__(self, et, ev, tb):
        self.held = False


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = Lock()

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise ValueError("insufficient funds")
            self.balance -= amount
            return self.balance


acct = Account(100)
print(acct.withdraw(30), acct.withdraw(50))
try:
    acct.withdraw(500)
except ValueError as e:
    print(e, acct.lock.held, acct.lock.count)
try:
    with acct.lock:
        with acct.lock:
            pass
except RuntimeError as e:
    print(e, acct.lock.held)
