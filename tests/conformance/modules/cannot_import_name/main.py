try:
    from lib import nothing
except ImportError as e:
    print(e)
    print(e.name)
from lib import present, absent
