# The 4300-digit limit of int(str) counts every digit, leading zeros included, even when
# the value is small; underscores, signs and spaces do not count; powers of two are free.
import sys
for s in ['0' * 4300, '0' * 4301, '0' * 100000, '-' + '0' * 4301, ' ' * 10000 + '5',
          '0_' * 4300 + '1', '00' * 2150 + '7', '0x' + '0' * 5000 + 'f', '0b' + '0' * 9000 + '1']:
    try:
        v = int(s, 0) if s[:2] in ('0x', '0b') else int(s)
        print(len(s), 'ok', v)
    except ValueError as e:
        print(len(s), 'ValueError', e)
sys.set_int_max_str_digits(640)
try:
    int('0' * 641)
except ValueError as e:
    print('ValueError', e)
print(int('0' * 640 + '12'[-1:]) if False else int('0' * 639 + '9'))
sys.set_int_max_str_digits(0)
print(int('0' * 100000 + '3'))
