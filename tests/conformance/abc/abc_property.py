from abc import ABC, abstractmethod

class Animal(ABC):
    @property
    @abstractmethod
    def sound(self):
        pass

    def speak(self):
        return self.sound * 2

class Dog(Animal):
    @property
    def sound(self):
        return 'woof'

print(Dog().speak())
try:
    Animal()
except TypeError as e:
    print(e)
print(getattr(Animal.__dict__['sound'].fget, '__isabstractmethod__', False))
