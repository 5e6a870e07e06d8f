from operator import itemgetter, attrgetter, methodcaller
from functools import cmp_to_key

records = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 2}, {'n': 'c', 'v': 1}]
by = lambda *keys: itemgetter(*keys)
print([r['n'] for r in sorted(records, key=by('v', 'n'))])
def make_sorter(field, reverse=False):
    get = itemgetter(field)
    def sort(rows):
        return sorted(rows, key=get, reverse=reverse)
    return sort
print([r['n'] for r in make_sorter('n', True)(records)])
words = ['Banana', 'apple', 'Cherry']
print(sorted(words, key=methodcaller('lower')), sorted(words, key=cmp_to_key(lambda a, b: len(a) - len(b))))
