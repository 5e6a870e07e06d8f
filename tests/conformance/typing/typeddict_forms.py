# typing.TypedDict: class and functional forms, total=, inherited keys
from typing import TypedDict, Optional


class Movie(TypedDict):
    name: str
    year: int


class Opt(TypedDict, total=False):
    rating: float


class Full(Movie, Opt):
    director: Optional[str]


m = Movie(name='Blade Runner', year=1982)
print(m, type(m).__name__, Movie.__annotations__, m['year'], Movie.__total__, Opt.__total__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), type(Movie.__required_keys__).__name__)
print(sorted(Full.__required_keys__), sorted(Full.__optional_keys__), list(Full.__annotations__))
f = Full(name='Alien', year=1979, director='Scott')
f['rating'] = 8.5
print(f, Opt(), Opt(rating=1.0) == {'rating': 1.0})
Point = TypedDict('Point', {'x': int, 'y': int})
Part = TypedDict('Part', {'a': int}, total=False)
print(Point(x=1, y=2), sorted(Point.__required_keys__), Part.__total__, sorted(Part.__optional_keys__))


def make_record_type(fields):
    R = TypedDict('R', {f: int for f in fields})
    def build(*values):
        return R(zip(fields, values))
    return build


build = make_record_type(['a', 'b'])
print(build(1, 2), build(3, 4)['b'])
