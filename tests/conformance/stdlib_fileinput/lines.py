# fileinput over stdin and over streams an openhook gives; the module's
# shared state and its errors.
import fileinput
import io
import sys

sys.argv[1:] = []
for line in fileinput.input():
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), repr(line))
print(fileinput.filename(), fileinput.lineno())
fileinput.close()

TEXTS = {'one.txt': 'alpha\nbeta\n', 'two.txt': 'gamma\n\ndelta', 'empty.txt': ''}
opened = []


def hook(name, mode):
    opened.append((name, mode))
    data = TEXTS[name]
    return io.BytesIO(data.encode()) if 'b' in mode else io.StringIO(data)


with fileinput.input(['one.txt', 'empty.txt', 'two.txt'], openhook=hook) as lines:
    for line in lines:
        print(lines.filename(), lines.lineno(), lines.filelineno(), lines.isfirstline(),
              repr(line))
print(opened)

stream = fileinput.FileInput(('one.txt', 'two.txt'), mode='rb', openhook=hook)
print(stream.readline(), stream.filename(), stream.fileno())
stream.nextfile()
print(next(stream), stream.filename(), stream.lineno(), stream.filelineno())
print(list(stream))
print(stream.readline(), stream.lineno())
stream.close()

fileinput.input(['one.txt'], openhook=hook)
print(next(fileinput._state), fileinput.lineno())
try:
    fileinput.input(['two.txt'], openhook=hook)
except RuntimeError as exc:
    print('RuntimeError', exc)
fileinput.nextfile()
print(fileinput.filename(), fileinput.lineno())
fileinput.close()
for name in ('filename', 'lineno', 'nextfile', 'isstdin'):
    try:
        getattr(fileinput, name)()
    except RuntimeError as exc:
        print(name, 'RuntimeError', exc)
for kwargs in ({'mode': 'w'}, {'openhook': 5}, {'openhook': hook, 'inplace': True}):
    try:
        fileinput.FileInput(['x'], **kwargs)
    except ValueError as exc:
        print('ValueError', exc)
print(fileinput.__all__)
