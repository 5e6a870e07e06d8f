# csv.DictReader and DictWriter: header rows, fieldnames given (a list or a
# tuple), short rows filled with restval, long rows' rest under restkey,
# blank lines skipped, line_num, an empty file, extrasaction, writeheader,
# and the Dialect attributes a subclass starts from.
import csv
import io

text = 'a,b,c\r\n1,2,3\r\n\r\n4,5\r\n6,7,8,9,10\r\n"x\r\ny",z,w\r\n'
r = csv.DictReader(io.StringIO(text), restkey='rest', restval='-')
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO(text), fieldnames=['p', 'q'])
print(r.fieldnames, [sorted(row.items(), key=str) for row in r])
r = csv.DictReader(io.StringIO('h1;h2\n1;2\n'), delimiter=';')
print(list(r), r.dialect, r.reader.dialect.delimiter)
empty = csv.DictReader(io.StringIO(''))
print(empty.fieldnames, list(empty), empty.line_num)
blank_first = csv.DictReader(io.StringIO('\n\nk,v\n1,2\n'))
print(blank_first.fieldnames, list(blank_first))
r = csv.DictReader(io.StringIO('a,b\n1,2\n'))
r.fieldnames = ['X', 'Y']
print(list(r))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=('name', 'n', 'note'), restval='?')
print(w.fieldnames, w.writeheader())
print(w.writerow({'name': 'a,b', 'n': 1}))
w.writerows([{'note': 'q"q', 'n': 2.5}, {}])
try:
    w.writerow({'name': 'x', 'bad': 1})
except ValueError as exc:
    print('ValueError', exc)
print(repr(out.getvalue()))
quiet = csv.DictWriter(io.StringIO(), ['k'], extrasaction='IGNORE')
quiet.writerow({'k': 1, 'other': 2})
print(repr(quiet.writer is not None), quiet.extrasaction)
try:
    csv.DictWriter(io.StringIO(), ['k'], extrasaction='drop')
except ValueError as exc:
    print('ValueError', exc)
print([getattr(csv.Dialect, name) for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                                               'skipinitialspace', 'lineterminator', 'quoting')],
      hasattr(csv.Dialect, 'strict'), hasattr(csv.excel, 'strict'), hasattr(csv.unix_dialect, 'strict'),
      csv.reader([], csv.excel).dialect.strict)


class Semi(csv.excel):
    delimiter = ';'


print(Semi().delimiter, Semi().quotechar, repr(Semi.lineterminator))
try:
    csv.Dialect()
except csv.Error as exc:
    print('Error', exc)
