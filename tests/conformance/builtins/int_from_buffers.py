# int() of bytes, bytearray and memoryview: the digit limit's ValueError (4300 digits) is the same
# as for a str; an invalid literal names the object given; a memoryview is read as its bytes.
import sys
for x in (b'1' * 4301, bytearray(b'7' * 4400), '1' * 4301, '\u0661' * 4301, b'-' + b'2' * 4301):
    try:
        int(x)
    except ValueError as e:
        print(str(e)[:90])
print(int(b'1' * 4300) % 1000, int(bytearray(b' 12 ')), int(b'0x1f', 0), int(b'1' * 5000, 16) > 0)
for x in (b'12x', bytearray(b''), b'\xff1', '\u0661x'):
    try:
        int(x)
    except ValueError as e:
        print(e)
print(int(memoryview(b'42')), int(memoryview(bytearray(b' -7\n'))))
try:
    int(memoryview(b'4x'))
except ValueError as e:
    print(e)
try:
    int(memoryview(b'42'), 10)
except TypeError as e:
    print(e)
sys.set_int_max_str_digits(5000)
print(int(b'3' * 4900) % 7)
