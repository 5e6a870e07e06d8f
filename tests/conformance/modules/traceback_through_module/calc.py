def helper(n):
    return 10 // n
def compute(n):
    return helper(n)
