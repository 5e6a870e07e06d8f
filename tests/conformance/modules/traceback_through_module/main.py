import calc
def main():
    return calc.compute(0)
main()
