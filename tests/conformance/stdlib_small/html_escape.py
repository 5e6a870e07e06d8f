# html.escape and html.unescape: the five special characters, named references with and
# without semicolons, numeric references and the repairs of invalid code points.
import html

print(html.escape("<script>alert('x & y')</script>"))
print(html.escape("<b class=\"c\">'quoted'</b>", quote=False))
print(html.escape(""), html.escape("plain"))
samples = [
    "&lt;p&gt;Fish &amp; Chips&lt;/p&gt;",
    "&copy; 2024 &mdash; caf&eacute; cr&egrave;me br&ucirc;l&eacute;e",
    "&#65;&#x42;&#X43;&#0067; &#x1F600;",
    "&#0; &#13; &#128; &#150; &#x9f; &#xD800; &#1114112; &#1; &#x7f; &#xFFFE; &#xfdd0;",
    "&amp &lt &gt &quot &nbsp; &copy &reg &AMP; &COPY; &LT",
    "&notin; &notit; &ampersand; &unknown; &; &#; &#x; &#xg; &# 65",
    "no references at all", "a & b", "&&amp;", "&lang;&rang; &apos;",
    "&" + "x" * 40 + ";",
]
for s in samples:
    print(repr(html.unescape(s)))
print(html.unescape(html.escape("x<y & 'z'")) == "x<y & 'z'")
