# float.hex and float.fromhex: round trips, subnormals, specials, the
# accepted spellings and the errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for x in [1.5, -0.0, 0.0, 1.0, 0.1, -2.5e-310, 1e308, float('inf'), float('-inf'), float('nan'), 5e-324, 3.141592653589793, 1/3]:
    h = x.hex()
    print(h, float.fromhex(h) == x or x != x)
for s in ['0x1.8p+0', '1.8', '  -0X1P-2  ', 'inf', '-Infinity', 'nan', '0x.8', '0x1.', '1p10', 'a', '0x1.fffffffffffffp+1023', '0x1p-1074', '0x1p-1080', '0x0p0', '+0x10']:
    t(s, lambda: float.fromhex(s))
for s in ['', '0x', 'x1', '1p', '1p+', '0x1.2.3', '0xg', '1e5', '0x1p+99999', '--1', ' ', '0x1p1.5']:
    t(repr(s), lambda: float.fromhex(s))
t('fhint', lambda: float.fromhex(5))
print((2.5).hex(), float.fromhex('0x1.4p+1'))
