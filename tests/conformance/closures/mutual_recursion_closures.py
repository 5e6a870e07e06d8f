def make():
    def even(n):
        return True if n == 0 else odd(n - 1)
    def odd(n):
        return False if n == 0 else even(n - 1)
    return even, odd
even, odd = make()
print(even(10), odd(10), even(7), odd(7))
print(even.__code__.co_freevars, odd.__code__.co_freevars)
print(even.__closure__[0].cell_contents is odd)
