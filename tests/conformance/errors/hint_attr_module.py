# A module attribute: dir(math) holds 'sqrt'.
import math
print(math.sqr(16))
