# compat32's Header.encode folds long values as CPython's: plain text broken at the last
# of the split characters that fits (';' before ',' before blanks), encoded text cut into
# as many encoded words as it takes, the header name's width on the first line, the
# continuation whitespace, lines already folded kept, maxlinelen=0 for no folding.
from email.charset import Charset
from email.header import Header, make_header, decode_header

subject = ("An announcement about the quarterly results, which are long enough; they "
           "need folding, more than once, to fit on the lines")
print(Header(subject, header_name="Subject").encode())
print(Header(subject, header_name="Subject").encode(splitchars=" "))
print(Header(subject, header_name="Subject", maxlinelen=40).encode(linesep="\r\n"))
print(Header(subject, maxlinelen=0).encode())
print(Header("x" * 120, header_name="X-Long").encode())
print(Header("a;b;c;d;e;f;g;h;i;j;k;l;m;n;o;p;q;r;s;t;u;v;w;x;y;z;" * 3,
             header_name="X-List", continuation_ws="\t").encode())

accented = "Élégant café naïve résumé façade déjà vu; " * 4
for charset in ("utf-8", "iso-8859-1"):
    h = Header(accented, charset, header_name="Subject")
    print(h.encode())
    print(decode_header(h.encode())[0][0].decode(charset) == accented)
print(Header("日本語の件名がとても長い場合にはどうなるでしょうか" * 3, "utf-8",
             header_name="Subject").encode())

mixed = Header(header_name="Subject", maxlinelen=50)
mixed.append("Plain words before ")
mixed.append("ünïcödé in the middle", "utf-8")
mixed.append(" and plain words after, quite a few of them, to fold")
mixed.append("another encoded piece that is long", Charset("iso-8859-1"))
print(mixed.encode())
print(str(mixed))
print(make_header(decode_header("=?utf-8?q?caf=C3=A9?= (note) and more text here " * 3)).encode())
print(Header("first line\n second line that is long enough to fold over the limit of "
             "seventy-eight columns\n\tthird", header_name="X-Folded").encode())
