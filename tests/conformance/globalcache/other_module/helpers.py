# Functions of an imported module read its own globals and the builtins.
import math


def scale(x):
    return factor * x


def norm(v):
    return math.sqrt(sum(t * t for t in v))


def count_len(xs):
    return len(xs)


factor = 2


def set_factor(n):
    global factor
    factor = n
