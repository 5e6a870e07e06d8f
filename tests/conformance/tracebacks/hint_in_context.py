# The hint is on the context's last line too; the traceback module adds none
# (3.11), so the handler's format_exc() text has no hint.
import traceback


class Account:
    def __init__(self):
        self.balance = 10


def withdraw(acct, amount):
    try:
        return acct.balanse - amount
    except AttributeError:
        print(traceback.format_exc().splitlines()[-1])
        raise KeyError(amount)


withdraw(Account(), 5)
