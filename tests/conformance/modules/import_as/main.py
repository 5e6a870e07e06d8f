import tools as t
from tools import add as plus, mul
print(t.add(2, 3), plus(4, 5), mul(3, 7))
print('tools' in dir(), 't' in dir())
