class Outer:
    class Error(LookupError):
        pass

    def fail(self):
        raise self.Error("nested")


try:
    Outer().fail()
except LookupError as e:
    print(type(e).__qualname__, e)
print(Outer.Error.__qualname__, Outer.Error)
Outer().fail()
