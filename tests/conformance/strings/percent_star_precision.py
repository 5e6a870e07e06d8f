# A '*' precision is read as a C int: past it OverflowError, a negative one counts as 0.
for fmt, args in [('%.*f', (10**10, 1.0)), ('%.*f', (-10**10, 1.0)), ('%.*d', (2**31, 5)),
                  ('%.*s', (2**40, 'abc')), ('%.*f', (2**31 - 2**31, 2.5))]:
    try:
        print(repr(fmt % args))
    except OverflowError as e:
        print(fmt, 'OverflowError:', e)
print(repr('%.*f' % (-3, 1.5)), repr('%.*s' % (-3, 'abc')), repr('%.*d' % (-2, 42)))
print(repr('%*.*f|' % (8, 2, 3.14159)), repr('%-*.*s|' % (6, 2, 'hello')))
try:
    '%.*f' % ('3', 1.0)
except TypeError as e:
    print('TypeError:', e)
