# difflib.Differ on lines that change inside (the ? guide lines with ^ - +
# marks), identical lines among similar ones, lines too different to pair,
# ndiff with junk filters; SequenceMatcher's opcodes of every kind, and a
# unified diff with little context.
import difflib

pairs = [
    (['one\n', 'two\n', 'three\n'], ['one\n', 'tree\n', 'emu\n']),
    (['abcdefg\n', 'same\n', 'xyz\n'], ['abXdeYYfg\n', 'same\n', 'xz\n']),
    (['private Thread currentThread;\n'], ['private volatile Thread currentThread;\n']),
    (['\tcolor = red\n', 'a b c\n'], ['\tcolour = red!\n', 'a c\n', 'new line\n']),
    (['x\n', 'same\n', 'y\n'], ['p\n', 'same\n', 'q\n']),
    (['completely different\n'], ['nothing alike here at all\n', '?\n']),
    ([], ['only b\n']),
]
for a, b in pairs:
    print(''.join(difflib.Differ().compare(a, b)), end='')
    print('--')
    print(''.join(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK, charjunk=difflib.IS_CHARACTER_JUNK)), end='')
    print('==')
for a, b in [('qabxcd', 'abycdf'), ('abc', 'abc'), ('', 'abc'), ('abc', ''), ('aXbYc', 'abc'),
             ('private', 'privately'), ('xyz', 'xbyc')]:
    print(a, b, difflib.SequenceMatcher(None, a, b).get_opcodes())
a = ['line %d\n' % i for i in range(12)]
b = a[:3] + ['inserted\n'] + a[3:7] + a[8:11] + ['line 11 changed\n']
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', n=1)), end='')
