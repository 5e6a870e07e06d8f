# html.parser: the events HTMLParser reports for a page fed at once and in pieces (tags and
# attributes, text with references converted or not, comments, declarations, processing
# instructions, script and style contents, CDATA, unclosed and broken markup).
from html.parser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print('start', tag, attrs, self.getpos())
    def handle_endtag(self, tag): print('end', tag)
    def handle_startendtag(self, tag, attrs): print('startend', tag, attrs)
    def handle_data(self, d): print('data', repr(d))
    def handle_comment(self, d): print('comment', repr(d))
    def handle_decl(self, d): print('decl', repr(d))
    def handle_pi(self, d): print('pi', repr(d))
    def handle_entityref(self, n): print('entity', n)
    def handle_charref(self, n): print('charref', n)
    def unknown_decl(self, d): print('unknown', repr(d))
doc = '''<!DOCTYPE html><html><head><title>T &amp; x</title>
<script>if (a < b) { x = "</p>"; }</script><style>p{}</style></head>
<body class="main" id=b1 data-x='q&lt;' checked><p>Hello <b>World</b>&copy; &#169; &#x41;</p>
<!-- a comment --><?php echo 1 ?><br/><img src="a.png" alt="">
<table><tr><th>Name</th><td>1 < 2</td></tr></table><![CDATA[raw]]>
<a href="?a=1&b=2">link</a> trailing &amp text & more</body></html>'''
P().feed(doc)
p = P(); 
for piece in [doc[:50], doc[50:120], doc[120:]]: p.feed(piece)
p.close()
q = P(convert_charrefs=False); q.feed('<p>a &amp; b &#65; &nosuch; c</p>'); q.close()
r = P(); r.feed('<div'); r.feed(' class="x">text'); r.close()
s = P(); s.feed('unclosed <b>bold'); s.feed(' & '); s.close()
print(P().get_starttag_text())
