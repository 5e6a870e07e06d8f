try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
from . import sibling
