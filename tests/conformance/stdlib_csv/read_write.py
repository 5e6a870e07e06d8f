# csv reader and writer over lists and io.StringIO: quoting, escaping,
# embedded newlines, dialects, DictReader/DictWriter and CPython's errors.
import csv
import io

text = 'name,age,note\r\nann,31,"likes ""quotes"""\r\nbob,,"multi\nline"\r\n\r\n"a,b",2, spaced\r\n'
for row in csv.reader(io.StringIO(text, newline="")):
    print(row)
r = csv.reader(text.splitlines(keepends=True))
print(list(r), r.line_num)
print(list(csv.reader(["a;b;'c;d'", "1;2;3"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(["a\\,b,c\\\\d"], escapechar="\\")))
print(list(csv.reader(['1,"x",2.5,'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b"c,d'])), list(csv.reader(['"unterminated'])))
print(list(csv.reader(['a\tb\t"c\td"'], dialect="excel-tab")), list(csv.reader(["x|y"], delimiter="|")))
print(list(csv.reader(['a,"b', 'c"'])), list(csv.reader(["", "a", ""])))
for lines, kw in ((['a,"b"c'], {"strict": True}), (['"abc'], {"strict": True}), (["a\0b"], {}),
                  ([b"bytes"], {}), (["a,b\rc"], {}), ([5], {})):
    try:
        print(list(csv.reader(lines, **kw)))
    except csv.Error as e:
        print("Error", e)

out = io.StringIO()
w = csv.writer(out)
w.writerow(["plain", "with,comma", 'with "quote"', "multi\nline", "", None, 3, 2.5, True])
w.writerow([""])
w.writerow([])
w.writerows([[1, 2], ("x", "y")])
print(repr(out.getvalue()))
for kw in ({"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC},
           {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"delimiter": ";", "lineterminator": "\n"},
           {"doublequote": False, "escapechar": "\\"}, {"dialect": "unix"}, {"dialect": csv.excel_tab}):
    out = io.StringIO()
    csv.writer(out, **kw).writerow(["a", "b;c", 'd"e', 1, 2.0, None, "f,g", "t\th"])
    print(kw, repr(out.getvalue()))
for kw, row in (({"quoting": csv.QUOTE_NONE}, ["a,b"]), ({}, 5), ({"quoting": csv.QUOTE_NONE}, [""]),
                ({"doublequote": False}, ['"'])):
    try:
        csv.writer(io.StringIO(), **kw).writerow(row)
    except csv.Error as e:
        print("Error", e)
print(csv.writer(io.StringIO()).writerow(["abc", "de"]))

data = "id,name,score\n1,ann,9.5\n2,bob\n3,cy,7,extra,more\n\n4,dee,8\n"
dr = csv.DictReader(io.StringIO(data), restkey="rest", restval="?")
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
print(list(csv.DictReader(["x,y", "1,2"], fieldnames=["a", "b"])))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], restval="-", lineterminator="\n")
print(dw.writeheader())
dw.writerow({"id": 1, "name": "ann"})
dw.writerows([{"id": 2}, {"name": "x,y", "id": 3}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 1, "zzz": 2})
except ValueError as e:
    print("ValueError", e)
try:
    csv.DictWriter(out, ["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError", e)
csv.DictWriter(out, ["a"], extrasaction="ignore").writerow({"a": 1, "b": 2})

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a", 1])
print(repr(out.getvalue()), list(csv.reader(['"a"|"1"'], "pipes")))
csv.unregister_dialect("pipes")
for f in (lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("nope"),
          lambda: csv.reader([], delimiter="::"), lambda: csv.reader([], quoting=9),
          lambda: csv.reader([], bogus=1), lambda: csv.writer(5), lambda: csv.reader([], delimiter=1)):
    try:
        f()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print("Error", e)
csv.field_size_limit(131072)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


out = io.StringIO()
csv.writer(out, Semi).writerow(["a;b", "c'd"])
print(repr(out.getvalue()), list(csv.reader(out.getvalue().splitlines(), Semi)))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.excel.delimiter)
