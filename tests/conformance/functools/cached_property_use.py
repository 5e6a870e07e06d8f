from functools import cached_property

class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @cached_property
    def total(self):
        """Sum of the values."""
        self.computations += 1
        return sum(self.values)

d = Dataset([1, 2, 3])
print(d.total, d.total, d.computations)
print('total' in d.__dict__, d.__dict__['total'])
d.values.append(10)
print(d.total)
del d.total
print(d.total, d.computations)
d.total = 99
print(d.total)
print(type(Dataset.total).__name__, Dataset.total.__doc__)
e = Dataset([5])
print(e.total, e.computations, d.computations)
