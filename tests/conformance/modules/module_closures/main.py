import factory
add5 = factory.adder(5)
print(add5(10))
c = factory.counter()
print(c(), c(), c())
print(factory.registry)
print(add5.__module__, add5.__qualname__)
