# closured's own result where CPython 3.11 has none: an extended slice assignment whose
# iterable shrinks the list while it is read makes CPython write past the list's end (it
# crashes); closured places the slice in the list as it is then, and refuses the sizes that
# no longer match.
L = list(range(10))
def shrinking():
    for i in range(5):
        del L[-1]
        yield -i
try:
    L[::2] = shrinking()
except ValueError as e:
    print("ValueError", e)
print(L)

L = list(range(10))
def shrink_more():
    for i in range(5):
        del L[-2:]
        yield -i
try:
    L[::-2] = shrink_more()
except ValueError as e:
    print("ValueError", e)
print(L)

