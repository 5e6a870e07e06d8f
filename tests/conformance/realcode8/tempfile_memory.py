# tempfile without files (python-dotenv imports it at load time): names, mktemp's form
# and SpooledTemporaryFile, which keeps small data in memory.
import os
import tempfile

print(tempfile.gettempprefix(), tempfile.template, tempfile.TMP_MAX)
name = tempfile.mktemp(suffix='.txt', prefix='job_', dir='/data')
base = os.path.basename(name)
print(os.path.dirname(name), base.startswith('job_'), base.endswith('.txt'), len(base))
with tempfile.SpooledTemporaryFile(max_size=1000) as f:
    f.write(b'hello ')
    f.writelines([b'spooled ', b'world'])
    print(f.tell(), f.seek(0), f.read(), f.closed)
    f.seek(6)
    print(f.read(7), f.readable(), f.writable(), f.name)
print(f.closed)
t = tempfile.SpooledTemporaryFile(mode='w+')
t.write('a\nb\nc\n')
t.seek(0)
print(t.readlines(), t.mode)
t.seek(0)
print([line for line in t])
t.close()
