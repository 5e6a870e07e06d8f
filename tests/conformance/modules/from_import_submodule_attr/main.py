import pkg.sub
print(pkg.sub.v)
from pkg import sub
print(sub is pkg.sub)
import pkg.sub as s
print(s.v)
