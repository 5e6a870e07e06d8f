# html.parser: markup and references cut between feed calls, broken start and end tags,
# loose end tags, script text with other end tags, positions across lines, and what
# close() makes of unfinished input.
from html.parser import HTMLParser

class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print('start', tag, attrs, self.getpos(), repr(self.get_starttag_text()))
    def handle_endtag(self, tag): print('end', tag, self.getpos())
    def handle_startendtag(self, tag, attrs): print('startend', tag, attrs)
    def handle_data(self, d): print('data', repr(d), self.getpos())
    def handle_comment(self, d): print('comment', repr(d))
    def handle_decl(self, d): print('decl', repr(d))
    def handle_pi(self, d): print('pi', repr(d))
    def handle_entityref(self, n): print('entity', n)
    def handle_charref(self, n): print('charref', n)

def run(pieces, convert=True):
    print('---', pieces, convert)
    p = P(convert_charrefs=convert)
    for piece in pieces:
        p.feed(piece)
    p.close()
    print('left', repr(p.rawdata), p.getpos())

run(['<a href="x', '&amp;y" title=\'t\'>li', 'nk</a', '>'])
run(['text &am', 'p; more &#3', '9; end'])
run(['text &am', 'p; more &#3', '9; end'], False)
run(['a &b', 'c'], False)
run(['a &#', 'x41'], False)
run(['x & y &# z &', ''], False)
run(['tail &abc'], False)
run(['<p a=1 b c="d" e= \'f\' / g>x</p>', '<P CLASS=Up>y</P  >'])
run(['<a b="c" / d>', '<br / >', '<img src=x/>', '<p =x>', '<p\n  a="1"\n  b=2\n>'])
run(['</ p  x>', '</>', '</ 3>', '</a\nb>', '<!bogus comment>', '<!doctype html>'])
run(['<script>a</b> 1 < 2 </scr', 'ipt><p>after'])
run(['<style>x</STYLE >y'])
run(['<scri', 'pt>unfinished'])
run(['line1\nline2 <b>\n</b>', '\n<i>x</i>'])
run(['<div class="x', '<'])
run(['<!-- open comment', ' still'])
run(['<?pi without end'])
run(['a <', ''])
run(['<', 'p>'])
run(['1 < 2 and 3 > 2'])
