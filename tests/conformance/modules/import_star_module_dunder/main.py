from helpers import *
print(greet('x'))
print(__name__)
