import plain
try:
    import plain.sub
except ModuleNotFoundError as e:
    print(e)
import pkg
try:
    import pkg.missing
except ModuleNotFoundError as e:
    print(e)
from pkg import missing
