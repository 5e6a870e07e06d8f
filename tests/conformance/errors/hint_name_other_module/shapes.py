import math

square_side = 2


def area(radius):
    return math.pi * radis ** 2 + square_sid
