class Dog:
    tricks = []
    kind = "canine"

    def __init__(self, name):
        self.name = name
        self.own_tricks = []

    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)


d, e = Dog("Fido"), Dog("Buddy")
d.add_trick("roll over")
e.add_trick("play dead")
print(d.tricks, d.own_tricks, e.own_tricks, d.kind, e.kind)
d.kind = "wolf"
print(d.kind, e.kind, Dog.kind)
Dog.kind = "dog"
print(d.kind, e.kind)
