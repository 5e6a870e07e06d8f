# pickle.dumps of a structure nested past the recursion limit ends in CPython's
# RecursionError message; a RecursionError raised for another reason passes unchanged.
import pickle

nested = []
for _ in range(50000):
    nested = [nested]
try:
    pickle.dumps(nested)
except RecursionError as exc:
    print('RecursionError:', exc)


class Odd:
    def __reduce__(self):
        raise RecursionError('my own')


try:
    pickle.dumps([Odd()])
except RecursionError as exc:
    print('RecursionError:', exc)
print(pickle.loads(pickle.dumps([[[1]]])))
