"""html: escape() and unescape() of HTML character references.

unescape() knows the numeric references (with the HTML standard's repairs of invalid code
points) and the 252 named references of HTML 4 plus &apos; (the ones HTML 5 also accepts
without the final semicolon too); the other names of HTML 5's table (&NotNestedLessLess;
and the like) are left as text.
"""

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """s with &, < and > (and, with quote, " and ') turned into character references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("\'", "&#x27;")
    return s


# name, code point in hex: the HTML 4 entities (with HTML 5's code points)
_NAMED = (
    "AElig c6 Aacute c1 Acirc c2 Agrave c0 Alpha 391 Aring c5 Atilde c3 Auml c4 Beta 392 "
    "Ccedil c7 Chi 3a7 Dagger 2021 Delta 394 ETH d0 Eacute c9 Ecirc ca Egrave c8 Epsilon 395 "
    "Eta 397 Euml cb Gamma 393 Iacute cd Icirc ce Igrave cc Iota 399 Iuml cf Kappa 39a Lambda "
    "39b Mu 39c Ntilde d1 Nu 39d OElig 152 Oacute d3 Ocirc d4 Ograve d2 Omega 3a9 Omicron 39f "
    "Oslash d8 Otilde d5 Ouml d6 Phi 3a6 Pi 3a0 Prime 2033 Psi 3a8 Rho 3a1 Scaron 160 Sigma "
    "3a3 THORN de Tau 3a4 Theta 398 Uacute da Ucirc db Ugrave d9 Upsilon 3a5 Uuml dc Xi 39e "
    "Yacute dd Yuml 178 Zeta 396 aacute e1 acirc e2 acute b4 aelig e6 agrave e0 alefsym 2135 "
    "alpha 3b1 amp 26 and 2227 ang 2220 aring e5 asymp 2248 atilde e3 auml e4 bdquo 201e beta "
    "3b2 brvbar a6 bull 2022 cap 2229 ccedil e7 cedil b8 cent a2 chi 3c7 circ 2c6 clubs 2663 "
    "cong 2245 copy a9 crarr 21b5 cup 222a curren a4 dArr 21d3 dagger 2020 darr 2193 deg b0 "
    "delta 3b4 diams 2666 divide f7 eacute e9 ecirc ea egrave e8 empty 2205 emsp 2003 ensp "
    "2002 epsilon 3b5 equiv 2261 eta 3b7 eth f0 euml eb euro 20ac exist 2203 fnof 192 forall "
    "2200 frac12 bd frac14 bc frac34 be frasl 2044 gamma 3b3 ge 2265 gt 3e hArr 21d4 harr "
    "2194 hearts 2665 hellip 2026 iacute ed icirc ee iexcl a1 igrave ec image 2111 infin 221e "
    "int 222b iota 3b9 iquest bf isin 2208 iuml ef kappa 3ba lArr 21d0 lambda 3bb lang 27e8 "
    "laquo ab larr 2190 lceil 2308 ldquo 201c le 2264 lfloor 230a lowast 2217 loz 25ca lrm "
    "200e lsaquo 2039 lsquo 2018 lt 3c macr af mdash 2014 micro b5 middot b7 minus 2212 mu "
    "3bc nabla 2207 nbsp a0 ndash 2013 ne 2260 ni 220b not ac notin 2209 nsub 2284 ntilde f1 "
    "nu 3bd oacute f3 ocirc f4 oelig 153 ograve f2 oline 203e omega 3c9 omicron 3bf oplus "
    "2295 or 2228 ordf aa ordm ba oslash f8 otilde f5 otimes 2297 ouml f6 para b6 part 2202 "
    "permil 2030 perp 22a5 phi 3c6 pi 3c0 piv 3d6 plusmn b1 pound a3 prime 2032 prod 220f "
    "prop 221d psi 3c8 quot 22 rArr 21d2 radic 221a rang 27e9 raquo bb rarr 2192 rceil 2309 "
    "rdquo 201d real 211c reg ae rfloor 230b rho 3c1 rlm 200f rsaquo 203a rsquo 2019 sbquo "
    "201a scaron 161 sdot 22c5 sect a7 shy ad sigma 3c3 sigmaf 3c2 sim 223c spades 2660 sub "
    "2282 sube 2286 sum 2211 sup 2283 sup1 b9 sup2 b2 sup3 b3 supe 2287 szlig df tau 3c4 "
    "there4 2234 theta 3b8 thetasym 3d1 thinsp 2009 thorn fe tilde 2dc times d7 trade 2122 "
    "uArr 21d1 uacute fa uarr 2191 ucirc fb ugrave f9 uml a8 upsih 3d2 upsilon 3c5 uuml fc "
    "weierp 2118 xi 3be yacute fd yen a5 yuml ff zeta 3b6 zwj 200d zwnj 200c "
)
# the names HTML 5 also recognises without their semicolon
_BARE = (
    "AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml "
    "GT Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG "
    "THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring atilde "
    "auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 "
    "frac14 frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp "
    "not ntilde oacute ocirc ograve ordf ordm oslash otilde ouml para plusmn pound quot raquo "
    "reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml uuml yacute yen "
    "yuml "
)


def _tables():
    names = {}
    words = _NAMED.split()
    for i in range(0, len(words), 2):
        names[words[i] + ";"] = chr(int(words[i + 1], 16))
    names["apos;"] = "\'"
    for upper in ("AMP", "COPY", "GT", "LT", "QUOT", "REG"):
        names[upper + ";"] = names[upper.lower() + ";"]
    for bare in _BARE.split():
        names[bare] = names[bare + ";"]
    return names


_entities = _tables()

# numeric references the standard maps elsewhere: NUL, CR and the C1 range read as cp1252
_REMAPPED = {0x00: "\ufffd", 0x0d: "\r"}
for _code, _char in zip(range(0x80, 0xa0),
                        "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d"
                        "\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a"
                        "\u0153\x9d\u017e\u0178"):
    _REMAPPED[_code] = _char
del _code, _char


def _dropped(code):
    # control characters and noncharacters: a reference to one stands for nothing
    return (0x1 <= code <= 0x8 or code == 0xb or 0xe <= code <= 0x1f or 0x7f <= code <= 0x9f
            or 0xfdd0 <= code <= 0xfdef or (code & 0xfffe) == 0xfffe)


def _numeric(ref):
    digits = ref[1:].rstrip(";")
    code = int(digits[1:], 16) if digits[:1] in ("x", "X") else int(digits)
    if code in _REMAPPED:
        return _REMAPPED[code]
    if 0xd800 <= code <= 0xdfff or code > 0x10ffff:
        return "\ufffd"
    if _dropped(code):
        return ""
    return chr(code)


def _named(ref):
    if ref in _entities:
        return _entities[ref]
    # the longest known name the reference starts with, the rest kept as text
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _entities:
            return _entities[ref[:end]] + ref[end:]
    return "&" + ref


_HEX = "0123456789abcdefABCDEF"
_NAME_STOP = "\t\n\f <&#;"


def _reference_at(s, i):
    # the reference text after the & at i (without it), or "" when none starts there
    n = len(s)
    j = i + 1
    if j < n and s[j] == "#":
        k = j + 1
        if k < n and s[k] in "xX":
            m = k + 1
            while m < n and s[m] in _HEX:
                m += 1
            if m == k + 1:
                return ""
        else:
            m = k
            while m < n and "0" <= s[m] <= "9":
                m += 1
            if m == k:
                return ""
        if m < n and s[m] == ";":
            m += 1
        return s[j:m]
    m = j
    while m < n and m - j < 32 and s[m] not in _NAME_STOP:
        m += 1
    if m == j:
        return ""
    if m < n and s[m] == ";":
        m += 1
    return s[j:m]


def unescape(s):
    """s with its named and numeric character references replaced by the characters."""
    if "&" not in s:
        return s
    out = []
    start = 0
    i = s.find("&")
    while i >= 0:
        ref = _reference_at(s, i)
        if ref:
            out.append(s[start:i])
            out.append(_numeric(ref) if ref[0] == "#" else _named(ref))
            start = i + 1 + len(ref)
            i = s.find("&", start)
        else:
            i = s.find("&", i + 1)
    out.append(s[start:])
    return "".join(out)
