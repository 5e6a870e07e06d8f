# An instance of an int subclass stands for its int wherever an index is wanted
# (pyasn1's SizedInteger through bin(); tag numbers as range bounds): conversions
# to text, characters, byte values, ranges, counts and bases.
class Tag(int):
    """An int that remembers it is a tag."""
    def describe(self):
        return 'tag %d' % self


class Weird(int):
    # CPython takes an int subclass as its int: this __index__ is not asked
    def __index__(self):
        return 99


t = Tag(10)
print(bin(t), hex(t), oct(t), bin(Tag(-5)), hex(Tag(2 ** 70)))
print(chr(Tag(0x263A)), list(range(Tag(2), Tag(9), Tag(3))), range(Tag(4))[Tag(1)])
print(bytes([Tag(72), Tag(105)]), bytearray([Tag(1), Tag(255)]), bytes(Tag(2)))
print('abc'[Tag(1)], 'abcdef'[Tag(1):Tag(5):Tag(2)], [1, 2, 3][Tag(-1)], (7, 8)[Tag(0)])
print('x'.center(Tag(7), '*'), 'a,b,c'.split(',', Tag(1)), 'ab' * Tag(3), 'tab\tx'.expandtabs(Tag(2)))
print(int('777', Tag(8)), round(3.14159, Tag(2)), round(1234, Tag(-2)), t.describe())
print(bin(Weird(5)), chr(Weird(65)), list(range(Weird(3))))
try:
    bytes([Tag(300)])
except ValueError as e:
    print('ValueError', e)
try:
    chr(Tag(-1))
except ValueError as e:
    print('ValueError', e)
