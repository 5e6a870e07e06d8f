class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v


s = set()
try:
    s.add(P(1))
except TypeError as e:
    print(e)
try:
    {P(1): 2}
except TypeError as e:
    print(e)
print(P(1) == P(1), P(1) != P(2), P(1) in [P(1)])
