from functools import update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

def original(x: int) -> int:
    "original doc"
    return x
original.tag = 'kept'

def wrapper(*a):
    return original(*a) + 1

w = update_wrapper(wrapper, original)
print(w is wrapper, w(1), w.__name__, w.__doc__, w.tag, w.__annotations__)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def bare(*a):
    return 0
update_wrapper(bare, original, assigned=('__name__',), updated=())
print(bare.__name__, bare.__doc__, hasattr(bare, 'tag'), bare.__wrapped__ is original)
