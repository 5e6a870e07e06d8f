# Without parentheses a trailing comma in a from-import list is an error.
import sys
from os import path, sep,
print(sys)
