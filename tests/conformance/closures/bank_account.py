def account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds: " + str(balance))
        balance -= amount
        history.append(("wd", amount))
        return balance
    def get():
        return balance, list(history)
    return deposit, withdraw, get
dep, wd, get = account(100)
print(dep(50), wd(30))
for op, amt in [(wd, 500), (dep, -5), (wd, 120)]:
    try:
        print(op(amt))
    except ValueError as e:
        print("error:", e)
print(get())
