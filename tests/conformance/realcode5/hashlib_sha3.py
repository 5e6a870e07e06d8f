# hashlib's SHA-3 and SHAKE: digests equal to CPython's for empty, short, one-block
# and multi-block inputs, copy() and update(), and new() by name.
import hashlib
for data in [b'', b'abc', b'a' * 200, bytes(range(256)) * 3]:
    for name in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'):
        h = getattr(hashlib, name)(data)
        print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
    print(hashlib.shake_128(data).hexdigest(20), hashlib.shake_256(data).hexdigest(70))
h = hashlib.sha3_256(b'ab')
c = h.copy()
h.update(b'c')
print(h.hexdigest() == hashlib.sha3_256(b'abc').hexdigest(), c.hexdigest() == hashlib.sha3_256(b'ab').hexdigest())
print(hashlib.new('sha3_256', b'x').hexdigest(), hashlib.new('shake_128', b'x').hexdigest(8))
print(sorted(a for a in hashlib.algorithms_guaranteed if a.startswith(('sha3_', 'shake'))))
