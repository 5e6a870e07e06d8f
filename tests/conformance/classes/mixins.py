class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"


class ComparableMixin:
    def _key(self):
        raise NotImplementedError

    def __eq__(self, o):
        return self._key() == o._key()

    def __lt__(self, o):
        return self._key() < o._key()

    def __le__(self, o):
        return self._key() <= o._key()


class Person(JsonMixin, ComparableMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def _key(self):
        return (self.age, self.name)

    def __repr__(self):
        return self.name


people = [Person("bo", 30), Person("al", 30), Person("cy", 20)]
print(sorted(people), people[0] == Person("bo", 30), people[2] <= people[0])
print(people[0].to_json(), [c.__name__ for c in Person.__mro__])
