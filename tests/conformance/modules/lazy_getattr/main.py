# A module-level __getattr__ (PEP 562) answers for names the module does not define, for
# attribute reads and for `from ... import`; names it rejects raise its AttributeError.
import settings
from settings import DEBUG, computed_value

print(settings.NAME, DEBUG, computed_value)
print(settings.other_thing, settings.__name__)
try:
    settings.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from settings import nothing_here
except ImportError as e:
    print("ImportError:", type(e).__name__)
import sys
from sys import stdin, version_info
print(stdin is sys.stdin, version_info.major, sys.flags.optimize)
