# Percent-encoding, query strings and form encoding.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)

for text in ["hello world", "a/b/c", "caf\u00e9 & cr\u00e8me", "100% sure?", "~user_name-1.0",
             "\u2603", "", "slash/and space", "tab\there"]:
    print(repr(text), quote(text), quote(text, safe=""), quote_plus(text), quote_plus(text, safe="/"))
print(quote(b"\x00\xffbytes"), quote("\u00e9", encoding="latin-1"), quote("\u2603", errors="ignore", encoding="ascii"))
print(quote_from_bytes(b"a b"), quote_from_bytes(b"x/y", safe=b"/"), quote("a:b@c", safe=":@"))
for text in ["%41%42c", "caf%C3%A9", "%E2%98%83%20snow", "bad%zzescape", "%", "100%", "%c3",
             "plus+sign", "mixed\u00e9%41", "%ff%fe", ""]:
    print(repr(text), repr(unquote(text)), repr(unquote_plus(text)), unquote_to_bytes(text))
print(unquote("%e9", encoding="latin-1"), unquote("%ff", errors="strict") if False else "", unquote(b"%41b"))
try:
    unquote("%ff", errors="strict")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
qs = "name=Ada+Lovelace&lang=en&lang=fr&empty=&flag&enc=%26%3D&=novalue"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(""), parse_qs("x=1&&y=2"))
for bad in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator="")]:
    try:
        parse_qsl("a=1&b&c=3", **bad)
    except ValueError as e:
        print("ValueError:", e)
print(urlencode({"q": "search terms", "page": 2, "tags": ["a", "b"]}))
print(urlencode({"q": "search terms", "page": 2, "tags": ["a", "b"]}, doseq=True))
print(urlencode([("k", "v1"), ("k", "v2"), ("b", b"\xff")]), urlencode({}), urlencode({"path": "/a b"}, safe="/"))
print(urlencode({"s": "a b"}, quote_via=quote), urlencode({"n": (1, 2)}, True), urlencode({"e": "\u00e9"}, encoding="latin-1"))
try:
    urlencode("not pairs")
except TypeError as e:
    print("TypeError:", e)
