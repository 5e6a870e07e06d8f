import sys
try:
    import broken
except ZeroDivisionError as e:
    print('caught', e)
print('broken' in sys.modules)
try:
    import broken
except ZeroDivisionError as e:
    print('caught again', e)
