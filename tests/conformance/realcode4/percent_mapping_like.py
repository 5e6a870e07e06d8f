# '%' takes any object with __getitem__ as the mapping of %(name)s, as a
# template escaping helper wraps its arguments; the wrapper's lookups are
# called for each name.
class Escaping:
    def __init__(self, values):
        self.values = values
        self.asked = []

    def __getitem__(self, key):
        self.asked.append(key)
        return str(self.values[key]).replace("<", "&lt;")


e = Escaping({"user": "<bob>", "n": 3})
print("%(user)s has %(n)s items, %(user)r" % e)
print(e.asked)
print("plain %s" % e is not None)


class NoItems:
    def __repr__(self):
        return "NoItems()"


print("%s" % NoItems())
try:
    "%(a)s" % NoItems()
except TypeError as ex:
    print(ex)
try:
    "%(a)s" % [1]
except TypeError as ex:
    print(ex)
try:
    "%s %s" % [1]
except TypeError as ex:
    print(ex)
try:
    "%(missing)s" % e
except KeyError as ex:
    print("KeyError", ex)
