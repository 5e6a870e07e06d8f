# complex values through copy, json, isinstance with tuples, sorting keys,
# containers, eval of their reprs.
import copy, json
print(copy.copy(1+2j), copy.deepcopy([1j, (2j,)]))
try:
    json.dumps(1j)
except TypeError as e:
    print(e)
print(isinstance(2j, (int, float, complex)), type(3j)(1, 2), sorted([3j, 1j, 2j], key=abs))
print(max([1+1j, 3j], key=lambda z: z.imag), {1j: 1}.get(1j), [1j].index(1j), (1j).__class__)
print(eval('1j*1j'), eval(repr(-0j)), eval(repr(complex(1.5, -0.0))), str(complex(-0.0, 0.0)))
