from dataclasses import dataclass, field

@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Child(Base):
    z: int = 2
    total: int = field(init=False)
    def __post_init__(self):
        self.total = self.x + self.y + self.z

print(Child(1), Child(1, 2, 3), Child(x=5, z=0).total)
print(Child.__match_args__)

@dataclass
class WithRepr:
    a: int
    def __repr__(self):
        return 'custom'
print(WithRepr(1), WithRepr(1) == WithRepr(1))
