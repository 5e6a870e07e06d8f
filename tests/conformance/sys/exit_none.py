import sys

def main():
    print("main")
    sys.exit()

main()
print("not reached")
