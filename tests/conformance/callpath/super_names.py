# super() with names of the lengths of the ones a super object answers
# itself (__class__, __self__, __thisclass__): those three come from the
# super object, every other one from the MRO after the class.
class Base:
    def __init__(self, v):
        self.v = v

    def __size__(self):
        return "Base.__size__"

    def __this_one_x__(self):
        return "Base.__this_one_x__"

    def __clear__(self):
        return "Base.__clear__"

    def __sel__(self):
        return "Base.__sel__"


class Kid(Base):
    def __init__(self, v):
        super().__init__(v * 2)

    def probe(self):
        s = super()
        return [
            super().__size__(),
            super().__this_one_x__(),
            super().__clear__(),
            super().__sel__(),
            super().__self__ is self,
            super().__thisclass__ is Kid,
            super().__class__ is super,
            s.__self_class__ is Kid,
        ]


k = Kid(4)
print(k.v)
for _ in range(3):
    print(k.probe())
try:
    super(Kid, k).__self__()
except TypeError as e:
    print("TypeError", e)
print(super(Kid).__self_class__, super(Kid).__self__, super(Kid, Kid).__self_class__ is Kid)
print(super(Kid, k).__self_class__ is Kid, super(Base, k).__thisclass__ is Base)
