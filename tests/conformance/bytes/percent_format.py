# bytes % args and bytearray % args (PEP 461): the printf codes of str formatting over
# bytes; %s/%b take bytes-like objects or __bytes__, %r/%a give ascii(), %c one byte.
class Tag:
    def __bytes__(self):
        return b'<tag>'
class Bad:
    def __bytes__(self):
        return 'not bytes'
print(b'%d-%s' % (5, b'x'), b'%5.2f|%x|%c|%r|%a' % (3.14159, 255, 65, 'q', 'é'))
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 3}, bytearray(b'%03d') % 7, b'%b' % b'zz')
print(b'%s' % bytearray(b'ba'), b'%%|%s' % memoryview(b'mv'), b'%s and %b' % (Tag(), Tag()))
print(b'%-6s|%6b|%.2s' % (b'ab', b'cd', b'xyz'), b'%c%c' % (b'A', 0xff), b'%i %u %o %X %e' % (1, 2, 8, 255, 1.5))
print(b'\xff%s\x00' % b'\xfe', b'%r' % b'\x80', b'%a' % [1, 'x'], b'%s' % ((b'tup',),) if False else b'x')
s = "%s-%d"
s %= ("str", 1)
b = b"%d"
b %= 42
ba = bytearray(b'[%s]')
ba %= b'in'
print(s, b, ba, type(bytearray(b'%s') % b'q').__name__, b'' % (), b'plain' % ())
for bad in ["b'%s' % 'str'", "b'%d' % 'x'", "b'%c' % 256", "b'%c' % b'ab'", "b'%c' % 'a'",
            "b'%s %s' % (b'a',)", "b'%z' % 1", "b'%s' % 5", "b'%s' % Bad()",
            "b'%s' % (b'a', b'b')", "b'%(k)s' % {'k': b'v'}", "b'%(k)s' % (b'v',)", "'%b' % b'x'"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(bad, type(e).__name__, e)
for fmt in [b'%q', b'%\x7f', b'%\x80', b'%\xff', b'\xff%q']:
    try:
        fmt % 1
    except (ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
