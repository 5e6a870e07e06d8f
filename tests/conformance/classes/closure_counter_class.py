def make_account(balance):
    class Account:
        def deposit(self, amount):
            nonlocal balance
            balance += amount
            return balance

        def withdraw(self, amount):
            nonlocal balance
            if amount > balance:
                raise ValueError("no money")
            balance -= amount
            return balance

        @property
        def balance(self):
            return balance
    return Account()


acct = make_account(100)
print(acct.deposit(50), acct.withdraw(30), acct.balance)
other = make_account(5)
print(other.balance, acct.balance)
try:
    other.withdraw(10)
except ValueError as e:
    print(e)
print(type(acct).__qualname__, type(acct) is type(other))
