"""this for closured: importing it prints the Zen of Python. s holds the
text ROT13-encoded and d the letter mapping that decodes it, as CPython's
module has them."""

_ZEN = """The Zen of Python, by Tim Peters

Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex.
Complex is better than complicated.
Flat is better than nested.
Sparse is better than dense.
Readability counts.
Special cases aren't special enough to break the rules.
Although practicality beats purity.
Errors should never pass silently.
Unless explicitly silenced.
In the face of ambiguity, refuse the temptation to guess.
There should be one-- and preferably only one --obvious way to do it.
Although that way may not be obvious at first unless you're Dutch.
Now is better than never.
Although never is often better than *right* now.
If the implementation is hard to explain, it's a bad idea.
If the implementation is easy to explain, it may be a good idea.
Namespaces are one honking great idea -- let's do more of those!"""

d = {}
for _base in (ord('A'), ord('a')):
    for _offset in range(26):
        d[chr(_base + _offset)] = chr(_base + (_offset + 13) % 26)

# ROT13 is its own inverse: the same table encodes the text and decodes it.
s = ''.join(d.get(char, char) for char in _ZEN)
print(''.join(d.get(char, char) for char in s))
