import lib
try:
    from lib import missing
except ImportError as e:
    print(type(e).__name__, e.name, e.path == lib.__file__, e.args)
try:
    import missing_module
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg if hasattr(e, 'msg') else '')
try:
    from sys import nothing_here
except ImportError as e:
    print(e, e.name, e.path)
