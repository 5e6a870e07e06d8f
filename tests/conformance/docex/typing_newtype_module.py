# A NewType is named after the module that made it; TypeVarTuple exists.
import typing
from typing import NewType, TypeVarTuple

Meters = NewType('Meters', float)
print(Meters, Meters.__module__, Meters.__name__, Meters(2.5) + 1)
Grams = NewType('Grams', int)
print(repr(Grams), Grams.__supertype__)
Shape = TypeVarTuple('Shape')
print(Shape, Shape.__name__, 'TypeVarTuple' in typing.__all__)
