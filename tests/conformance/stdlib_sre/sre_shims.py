# The deprecated sre_* modules: their warnings, constants and the parts of
# sre_compile that map onto re.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import sre_constants
    import sre_parse
    import sre_compile
for warning in caught:
    print(warning.category.__name__, warning.message)

import re
print(sre_constants.error is re.error, sre_parse.error is re.error)
print(sre_constants.MAGIC, sre_constants.MAXREPEAT, int(sre_constants.MAXREPEAT),
      sre_constants.MAXGROUPS)
print(sre_constants.OPCODES[:6], len(sre_constants.OPCODES))
print(sre_constants.ATCODES)
print(len(sre_constants.CHCODES), sre_constants.CHCODES[-1])
print(sre_constants.LITERAL, int(sre_constants.LITERAL), sre_constants.MAX_REPEAT,
      int(sre_constants.MAX_REPEAT), int(sre_constants.MIN_REPEAT))
print(sre_constants.OP_IGNORE, sre_constants.AT_MULTILINE)
print(sre_constants.CH_LOCALE)
print(sre_constants.CH_UNICODE[sre_constants.CATEGORY_WORD])
print([sre_constants.SRE_FLAG_IGNORECASE, sre_constants.SRE_FLAG_VERBOSE,
       sre_constants.SRE_FLAG_ASCII, sre_constants.SRE_INFO_CHARSET])
print(sre_parse.FLAGS, sre_parse.TYPE_FLAGS, sre_parse.GLOBAL_FLAGS)
print(sre_parse.SPECIAL_CHARS, sre_parse.REPEAT_CHARS, sorted(sre_parse.HEXDIGITS)[:12])
print(sorted(sre_parse.WHITESPACE), sre_parse.MAXWIDTH)
print(sre_parse.ESCAPES['\\n'], sre_parse.CATEGORIES['\\d'], sre_parse.CATEGORIES['\\A'])
print(sre_compile.isstring('x'), sre_compile.isstring(b'x'), sre_compile.isstring(3))
print(sre_compile.compile('a+b', re.I).findall('AAb ab'), sre_compile.MAXCODE)
try:
    sre_constants.ANY + 'x'
except TypeError as exc:
    print('TypeError')
try:
    raise sre_constants.error('bad', 'pat', 1)
except re.error as exc:
    print(exc, exc.pattern, exc.pos)
