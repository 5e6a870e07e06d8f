def make_multiplier_of(n):
    def multiplier(x):
        return x * n
    return multiplier
multipliers = [make_multiplier_of(i) for i in range(5)]
for m in multipliers:
    print(m(5))
import sys
def closure_memory_size(closure_func):
    if hasattr(closure_func, '__closure__') and closure_func.__closure__:
        closure_size = 0
        for cell in closure_func.__closure__:
            closure_size += sys.getsizeof(cell.cell_contents)
        return closure_size
    else:
        return 0
for m in multipliers:
    print(f'Memory size of closure state: {closure_memory_size(m)} bytes')
