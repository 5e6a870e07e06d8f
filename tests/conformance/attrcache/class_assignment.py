# __class__ assignment swaps the methods an instance sees, at a warm site.
class Cat:
    sound = "meow"

    def speak(self):
        return "cat says " + self.sound


class Dog:
    sound = "woof"

    def speak(self):
        return "dog says " + self.sound


pet = Cat()
out = []
for i in range(10):
    out.append(pet.speak())
    pet.__class__ = Dog if pet.__class__ is Cat else Cat
print(out)
print(type(pet).__name__, isinstance(pet, Dog), pet.sound)
pet.sound = "own"
pet.__class__ = Dog
print(pet.speak())
