for v in (0, 1, -1, 255, 2**64, -2**64, 2**100 - 1, -(2**100) - 1, 10**50):
    print(v.bit_length(), v.bit_count(), v.conjugate() == v, v.as_integer_ratio()[0] == v)
print(True.bit_length(), (7).bit_length(), (2**1000).bit_length())
print((0.5).as_integer_ratio(), (1e300).as_integer_ratio()[0] % 1000, (-2.75).as_integer_ratio())
print((3.0).is_integer(), (3.25).is_integer(), (1e300).is_integer())
print(abs(-2**100), -(-2**100), +(2**100), abs(-2**63), -(-(2**63)))
print(sum([2**62] * 8), sum(range(2**20)) * 2**50, max([2**70, 2**71, -2**72]))
