# A class attribute used as a counter (a store to the class on every
# instance creation) while instances read it and their methods.
class Counted:
    count = 0

    def __init__(self):
        Counted.count += 1
        self.id = Counted.count

    def label(self):
        return "%d/%d" % (self.id, self.count)


class Sub(Counted):
    pass


items = []
for i in range(30):
    items.append(Sub() if i % 2 else Counted())
print(items[0].label(), items[-1].label(), Sub.count, Counted.count)
Sub.count = -1
print(items[1].label(), items[2].label())
del Sub.count
print(items[1].label())
