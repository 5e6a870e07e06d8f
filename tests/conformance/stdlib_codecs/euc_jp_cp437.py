# euc-jp (JIS X 0208, half-width katakana after 0x8E, JIS X 0212 after 0x8F), cp437 and
# cp1252 encode and decode as CPython's, error handlers and incremental decoding
# included; codecs.lookup('charmap') answers the charmap codec.
import codecs

text = "日本語のテキスト：ｶﾀｶﾅ、漢字とひらがな。ÿé˘ ~\\ ¥‾"
data = text.encode("euc-jp")
print(data)
print(data.decode("euc_jp") == text.replace("¥", "\\").replace("‾", "~"))
for bad in (b"\xa1", b"\x8e\xe0x", b"\x8f\xa2", b"\xa9\xa1ok", b"\x80", b"abc\xfe\xfe"):
    try:
        bad.decode("euc-jp")
    except UnicodeDecodeError as e:
        print(e)
    print(ascii(bad.decode("euc-jp", "replace")), ascii(bad.decode("euc-jp", "ignore")),
          ascii(bad.decode("euc-jp", "backslashreplace")))
for bad in ("x\U0001f600y", "\ufffd", "a\u0100b"):
    try:
        bad.encode("euc-jp")
    except UnicodeEncodeError as e:
        print(e)
    print(bad.encode("euc-jp", "replace"), bad.encode("euc-jp", "xmlcharrefreplace"))
decoder = codecs.getincrementaldecoder("euc-jp")()
print([decoder.decode(data[i:i + 1]) for i in range(12)])
print(codecs.lookup("EUC-JP").name, codecs.lookup("ujis").name)

screen = "╔══╗\n║ é ░▒▓ ║\n╚══╝ αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■"
print(screen.encode("cp437"))
print(bytes(range(128, 256)).decode("cp437"))
print(screen.encode("cp437").decode("437") == screen, codecs.lookup("IBM437").name)
try:
    "€".encode("cp437")
except UnicodeEncodeError as e:
    print(e)

print("café “quoted” — €5 … ™".encode("cp1252"), codecs.lookup("windows-1252").name)
print(bytes(range(0x80, 0xa0)).decode("cp1252", "replace"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e)

info = codecs.lookup("charmap")
print(info.name, info.encode("abc"), info.decode(b"abc"))
table = "".join(chr(0x400 + i) for i in range(256))
print(info.decode(b"\x10\x20", "strict", table), codecs.charmap_encode("\u0410", "strict", {0x410: 7}))
encoder = info.incrementalencoder("strict", {ord("a"): 1, ord("b"): 2})
print(encoder.encode("abba"))
