import sys
print(type(sys.path).__name__)
print(sys.path[0])
print(__file__)
