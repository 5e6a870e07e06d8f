import counter
import counter
import counter as c2
from counter import value
print(counter.value, value, c2 is counter)
import sys
print(sys.modules['counter'] is counter)
