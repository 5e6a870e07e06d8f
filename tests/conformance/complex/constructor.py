# complex(): numbers, complexes, strings (every accepted spelling and the
# malformed ones), keywords, and its TypeErrors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(complex(), complex(2), complex(2.5, 1), complex(1j, 1j), complex(1 + 2j, 3 + 4j),
      complex(-0.0), complex(0.0, -0.0), complex(True, False), complex(real=1, imag=2),
      complex(imag=3), complex(real=2.5), complex(2 ** 60, 2 ** 60))
z = 5 + 6j
print(complex(z) is z, complex(z) == z)
for s in ['1', '1.5', '-2j', '+2J', '1e3+1e-3j', '(1-j)', ' ( -1.5-2.5j ) ', 'nan', 'infj',
          '-infinityj', '1_000+2_0j', '.5j', '5.j', '1e5j', 'j', '-j', '+j', '1+j', '2-J',
          'inf-nanj', '\t3\n', '1E+2-3E-2j', '0x', 'NaN+InFj']:
    t(repr(s), lambda: complex(s))
for s in ['', ' ', '()', '1+', '1+2', 'j1', '1j+2', '1__0j', '1+2jj', '(1+2j', '1 + 2j',
          'jj', '+-j', '1e', '1e+j', '_1j', '1_j', '1._5j', '1+2j)', '(1+2j))', 'abc',
          '1+2j\x00', '0x10', '1.2.3', 'infinit']:
    t(repr(s), lambda: complex(s))
t('str2', lambda: complex('1+2j', 1))
t('str2b', lambda: complex(1, '1'))
t('list', lambda: complex([]))
t('none', lambda: complex(None))
t('imaglist', lambda: complex(1, []))
t('three', lambda: complex(1, 2, 3))
t('kw', lambda: complex(foo=1))
t('both', lambda: complex(1, real=2))
t('bigint', lambda: complex(2 ** 1100))
t('bigimag', lambda: complex(1, 2 ** 1100))
