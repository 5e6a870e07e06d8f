# sys.hash_info describes the numeric hash, and hash() agrees with it.
import sys
hi = sys.hash_info
print(hi)
print(hi.width, hi.modulus == 2**61 - 1, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits,
      hi.seed_bits, hi.cutoff)
print(len(hi), hi[0], tuple(hi)[:5], type(hi).__name__)
print(hash(float('inf')) == hi.inf, hash(float('-inf')) == -hi.inf)
print(hash(hi.modulus) == 0, hash(hi.modulus + 5) == 5, hash(-hi.modulus - 5) == -5)
print(hash(2**61), hash(2**100), hash(-2**100), hash(10**30))
print(hash(1j) == hi.imag, hash(complex(2, 3)) == 2 + 3 * hi.imag)
print(hash(complex(0, float('inf'))) == hi.imag * hi.inf)
print(hash(0.5), hash(-0.5), hash(1.5), hash(1e300), hash(-1), hash(-2), hash(-1.0))
print(hash(float(2**61)), hash(2.0**70) == hash(2**70))
from fractions import Fraction
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(7)) == 7)
try:
    hi.width = 32
except AttributeError as e:
    print("AttributeError")
