import sys, gc
print(sys, gc)
import sys as system
print(system is sys)
from sys import getrecursionlimit
print(getrecursionlimit())
