import copy

orig = [1, [2, 3], {'k': [4]}]
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig[1].append(99)
orig[2]['k'].append(98)
print(shallow, deep)
print(shallow[1] is orig[1], deep[1] is orig[1])
d = {'a': [1]}
print(copy.copy(d)['a'] is d['a'], copy.deepcopy(d)['a'] is d['a'])
t = (1, 2, (3,))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1])
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is not s)
print(copy.copy(5), copy.deepcopy('str'), copy.deepcopy(None))
