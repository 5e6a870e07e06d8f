# format() and f-string specs of complex values, hashes equal to CPython's,
# and complex values as dict keys and set members.
z = 1 + 2j
for spec in ['', '.2', '>20', '<20', '^20', '*^21', '+.3f', 'g', '.3e', 'E', 'F', 'G', ' ',
             '-', '+', '#g', '#.0f', '12.4g', '.0f', 'n', '.10g', 'z.1f', '+g']:
    for v in [z, 2j, -2j, -0j, complex(-1.5, 0), complex(1e20, 1e-20),
              complex(float('inf'), float('nan')), complex(-0.0, -0.0)]:
        print(repr(spec), repr(format(v, spec)))
print(f"{3-4j:10.3g}|{3-4j:<14}|{-0j:}|{1e20+1j:e}|{1+1j:#g}|{-0.0-0.0j:z.1f}|{2j:>8}")
print('{:.2f} {!r:>12} {}'.format(1.005 + 2.5j, 1j, -1j))
for spec in ['=10', '010', '0<10', '%', 'd', 'x', 's', 'c', '=', ',d', 'b']:
    try:
        print(repr(spec), format(z, spec))
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
for v in [1j, 1 + 2j, 2.5 - 3.25j, complex(5, 0), -1j, complex(-1, 0), complex(1e300, -1e-300),
          complex(0.1, 0.2), complex(2 ** 40, 2 ** 30), complex(float('inf'), 1), 0j, -0j]:
    print(repr(v), hash(v))
print(hash(complex(5, 0)) == hash(5), hash(complex(2.5, 0)) == hash(2.5), hash(-0j) == hash(0))
d = {1: 'int', 2.5: 'float', 1j: 'imag'}
d[1 + 0j] = 'complex one'
d[2.5 + 0j] = 'complex float'
print(d, d[1j], 1j in d, 2j in d)
print(sorted({1j, 1j, 2j, 0j, 0, 0.0}, key=abs), len({1, 1.0, 1 + 0j}))
