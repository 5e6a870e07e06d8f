# find/rfind/index/rindex/count with bytes or int needles and bounds
b = b'abracadabra'
print(b.find(b'bra'), b.find(b'bra', 2), b.rfind(b'bra'), b.find(b'zz'), b.find(b''), b.rfind(b''))
print(b.find(97), b.rfind(97), b.find(ord('d'), 0, 5), b.find(b'a', -3), b.find(b'a', 20))
print(b.count(b'a'), b.count(b'ab'), b.count(b''), b.count(97, 1, 4), b.count(b'a', 100))
print(b.index(b'c'), b.rindex(b'a'), b.index(100))
for f in [lambda: b.index(b'z'), lambda: b.rindex(b'z'), lambda: b.find('a'), lambda: b.find(256),
          lambda: b.count(-1), lambda: b.find(b'a', 'x'), lambda: b.find()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
