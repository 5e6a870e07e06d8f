# Complex literals in match patterns (real +/- imaginary, signed parts) and
# numbers.Complex.
import numbers

def kind(z):
    match z:
        case 0j:
            return 'zero'
        case 1 + 2j:
            return 'one plus two j'
        case -1 - 2j:
            return 'minus one minus two j'
        case 2.5 - 0.5j:
            return 'float parts'
        case -3j:
            return 'negative imaginary'
        case {1j: v}:
            return 'mapping ' + str(v)
        case [1j, *rest]:
            return 'sequence ' + str(rest)
        case complex(real=r, imag=i) if r > 10:
            return 'big real %s %s' % (r, i)
        case _:
            return 'other'

for z in [0, 0j, 1 + 2j, -1 - 2j, 2.5 - 0.5j, -3j, {1j: 'v'}, [1j, 2, 3], 11 + 1j, 5j, 'x']:
    print(repr(z), kind(z))
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real),
      isinstance(1j, numbers.Number), isinstance(2.5, numbers.Complex),
      issubclass(complex, numbers.Complex))
