import sys
print("before")
sys.exit("exit: bad input")
