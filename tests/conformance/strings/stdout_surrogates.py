# Lone surrogates written to sys.stdout and sys.stderr as python3 writes them: a
# surrogate stdout cannot encode fails that write alone, the earlier pieces of the
# line written (U+DC80..U+DCFF escape bytes under the pipe's surrogateescape, but the
# corpus runs python3 with PYTHONIOENCODING=utf-8, strict, so they are left out
# here); stderr writes them backslash-escaped.
import sys
print('plain')
print('a', 'b', 'd')
print('err line \ud800 here', file=sys.stderr)
sys.stderr.write('w\udc80\n')
try:
    print('before', 'bad\ud800', 'after')
except UnicodeEncodeError as e:
    print('caught', e)
try:
    sys.stdout.write('p\ud800q\n')
except UnicodeEncodeError as e:
    print('caught', e)
try:
    print('x', end='\ud801\n')
except UnicodeEncodeError as e:
    print('caught end', e.start, e.end)
print('last \ud83d\ude00 pair')
print('\ud800')
