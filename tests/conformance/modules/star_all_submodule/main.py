from pkg import *
print(sub.VALUE, helper())
import sys
print('pkg.sub' in sys.modules, 'pkg.other' in sys.modules)
