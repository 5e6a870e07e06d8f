import sys
print(type(sys.modules).__name__)
print('sys' in sys.modules, '__main__' in sys.modules, 'mod' in sys.modules)
import mod
print('mod' in sys.modules, sys.modules['mod'] is mod)
print(sys.modules['__main__'].__name__)
print(sys.modules['sys'])
