# A method added to a subclass after the base's version was cached.
class Base:
    def greet(self):
        return "base"

    tag = "base-tag"


class Sub(Base):
    pass


s = Sub()
results = []
for i in range(50):
    results.append(s.greet())
Sub.greet = lambda self: "sub"
results.append(s.greet())
Sub.tag = "sub-tag"
results.append(s.tag)
results.append(Base().greet())
del Sub.greet
results.append(s.greet())
del Sub.tag
results.append(s.tag)
print(results[-6:])
