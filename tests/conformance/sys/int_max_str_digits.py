# sys.get_int_max_str_digits / sys.set_int_max_str_digits govern int <-> str
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print('ValueError:', e)
try:
    int('9' * 4301)
except ValueError as e:
    print('ValueError:', e)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), int('7' * 5000) % 1000)
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(10 ** 20000)), len(repr(-(10 ** 9000))))
print(len(f'{10 ** 7000}'), len('%d' % 10 ** 7000), eval('1' * 5000) % 97)
sys.set_int_max_str_digits(640)
try:
    print(str(10 ** 700))
except ValueError as e:
    print('ValueError:', e)
print(hex(10 ** 700)[:10], int('f' * 1000, 16) % 1000)
for bad in [639, -1, 1, 'x', 2 ** 40]:
    try:
        sys.set_int_max_str_digits(bad)
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(sys.get_int_max_str_digits())
try:
    exec('x = ' + '1' * 700)
except SyntaxError as e:
    print('SyntaxError:', e.msg[:60])
