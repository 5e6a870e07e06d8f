from exports import *
print(public(), other)
try:
    hidden
except NameError as e:
    print(e)
try:
    _private
except NameError as e:
    print(e)
