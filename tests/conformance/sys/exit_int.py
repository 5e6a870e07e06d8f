import sys
print("before")
sys.exit(7)
print("not reached")
