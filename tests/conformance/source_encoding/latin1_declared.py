#!/usr/bin/env python3
# vim: set fileencoding=latin-1 :
# latin-1 declared on the second line (after a #! line): every byte is its code point.
s = "Grüße aus Köln: ½ ¼ ¾ ©"
print(s, len(s), ascii(s))
print([ord(c) for c in "äöü"])
