from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import functools


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(f"{p.name:8} {p.value} {p.surface_gravity:.2f}")


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1  # alias of RED

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color.parse("green").describe(), Color(3), Color["BLUE"].value)
print({c: c.value for c in Color})
print(sorted(Color.__members__), Color.RED in Color)
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), Priority.HIGH > Priority.LOW)
print(Priority.MEDIUM + 1, Priority(10), int(Priority.LOW), f"{Priority.HIGH}", str(Priority.LOW))
print(Priority.LOW == 1, {1: "one"}[Priority.LOW], max(Priority).name)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm.R & Perm.X))
print(repr(Perm.RWX), repr(~Perm.R), Perm(5), len(list(Perm)), rw == Perm(6))


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


m = Mode.READ | Mode.WRITE
print(m, repr(m), m & 1, int(m), Mode.READ | 8, repr(Mode(0)))


class Shade(StrEnum):
    LIGHT = auto()
    DARK = "dk"


print(Shade.LIGHT, repr(Shade.DARK), Shade.LIGHT.upper(), Shade.DARK == "dk", f"[{Shade.LIGHT}]")

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3).name, repr(Animal))
Status = Enum("Status", [("ACTIVE", "a"), ("IDLE", "i")])
print(Status("i"), Status.ACTIVE.value)


class Op(Enum):
    ADD = "+"
    MUL = "*"

    def apply(self, a, b):
        match self:
            case Op.ADD:
                return a + b
            case Op.MUL:
                return a * b


print(functools.reduce(lambda acc, op: op.apply(acc, 3), [Op.ADD, Op.MUL, Op.ADD], 1))


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name == value.upper()[:3]:
                    return m
        return None

    def __str__(self):
        return self.name.title()


print(Weekday("tuesday"), Weekday(3), [str(d) for d in Weekday], type(Weekday.MON).__name__)
print(isinstance(Weekday.MON, Weekday), isinstance(Weekday.MON, Enum), issubclass(Priority, int))
print(Weekday.MON.__class__ is Weekday, hash(Color.RED) == hash(Color.RED), Color.RED != Color.BLUE)
