import sys
import once
print(once.runs)
del sys.modules['once']
import once as again
print(again.runs, again is not once, sys.modules['once'] is again)
sys.modules['once'] = once
import once as third
print(third is once)
