from typing import DefaultDict, Deque, Counter, OrderedDict, ChainMap
d: DefaultDict[str, int] = DefaultDict.__origin__(int)
d['a'] += 1
print(dict(d), DefaultDict[str, int], Deque[int], Counter[str], OrderedDict[str, int], ChainMap[str, int])
print(DefaultDict[str, int].__origin__.__name__, Deque.__origin__.__name__)
