import a
import sys
saw = 'a' in sys.modules, hasattr(a, 'done')
print('b sees a partially:', saw)
