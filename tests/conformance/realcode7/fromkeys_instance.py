# dict.fromkeys reached through an instance of a dict subclass makes the
# subclass, as when reached through the class.
class Tally(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


t = Tally(seed=1)
made = t.fromkeys('xy', 5)
print(type(made).__name__, made)
print(type(Tally.fromkeys('a', 1)).__name__, type({}.fromkeys('a')).__name__)


class Reg(dict):
    @classmethod
    def blank(cls, keys):
        return cls.fromkeys(keys, 0)

    def fresh(self):
        return self.fromkeys(self, None)


r = Reg.blank('pq')
print(type(r).__name__, r, type(r.fresh()).__name__, r.fresh())
