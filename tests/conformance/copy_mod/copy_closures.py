import copy

def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc

inc = make_counter()
inc()
dup = copy.deepcopy(inc)
print(dup is inc, dup(), inc())
holder = {'fn': inc, 'data': [1, 2]}
h2 = copy.deepcopy(holder)
print(h2['fn'] is inc, h2['data'] is not holder['data'], h2['data'])
import operator
print(copy.deepcopy([len, operator.add])[0] is len)
