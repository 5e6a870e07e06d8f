from pkg import *
print(one.value, two.value)
