# sys.stdout.writelines writes each string as write() would, from any
# iterable (a generator's lines included), and refuses what is not a str.
import sys

sys.stdout.writelines(['first\n', 'second', ' still second\n'])
sys.stdout.writelines(line.upper() for line in ['a\n', 'b\n'])
sys.stdout.writelines([])
print(sys.stdout.writelines(iter(['x\n'])))
try:
    sys.stdout.writelines(['ok\n', 3])
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdout.writelines(5)
except TypeError as e:
    print('TypeError', e)
