"""html.entities: the HTML 4 character entities both ways (name2codepoint,
codepoint2name, entitydefs) and html5, the references html.unescape knows
(name with its ';', and the names HTML 5 accepts bare). closured's html5 holds
the HTML 4 names, &apos; and the upper-case aliases, not the other two
thousand names of HTML 5's table."""

from html import _NAMED, _entities

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']

name2codepoint = {}
_words = _NAMED.split()
for _i in range(0, len(_words), 2):
    name2codepoint[_words[_i]] = int(_words[_i + 1], 16)
# HTML 4's own code points for the angle brackets (HTML 5 moved them)
name2codepoint['lang'] = 0x2329
name2codepoint['rang'] = 0x232a
del _words, _i

codepoint2name = {code: name for name, code in name2codepoint.items()}
entitydefs = {name: chr(code) for name, code in name2codepoint.items()}
html5 = dict(_entities)
