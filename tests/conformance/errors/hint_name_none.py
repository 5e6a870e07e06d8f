# Nothing within a third of the characters: no hint.
import math
print(math.pi)
print(quux_frobnicate)
