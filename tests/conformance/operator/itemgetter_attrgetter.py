from operator import itemgetter, attrgetter, methodcaller

rows = [('bob', 30, 'nyc'), ('amy', 25, 'sf'), ('cat', 30, 'la')]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(2)('abcdef'), itemgetter(slice(1, 3))('abcdef'))
print(itemgetter('k')({'k': 'v'}), itemgetter(0, -1)([1, 2, 3]))

class Addr:
    def __init__(self, city): self.city = city
class Person:
    def __init__(self, name, city):
        self.name = name
        self.addr = Addr(city)
people = [Person('zed', 'rome'), Person('al', 'oslo')]
print([attrgetter('name')(p) for p in sorted(people, key=attrgetter('name'))])
print(attrgetter('addr.city')(people[0]), attrgetter('name', 'addr.city')(people[1]))
print(methodcaller('upper')('abc'), methodcaller('replace', 'a', 'o')('banana'))
print(methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(itemgetter(1), itemgetter(1, 'x'), attrgetter('a.b'), methodcaller('f', 1, k=2))
try:
    attrgetter(1)
except TypeError as e:
    print(e)
try:
    attrgetter('missing')(people[0])
except AttributeError as e:
    print(e)
