import sys
small, big, bigger = 2**40, 2**100, 2**1000
print(sys.getsizeof(small) < sys.getsizeof(big) < sys.getsizeof(bigger))
print(sys.getsizeof(-2**100) == sys.getsizeof(2**100), sys.getsizeof(2**64) <= sys.getsizeof(2**70))
print(sys.getsizeof(10**300) > sys.getsizeof(10**30))
