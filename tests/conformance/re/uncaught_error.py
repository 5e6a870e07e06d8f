# An uncaught re.error ends the program with CPython's last traceback line
# (raised afresh from here: the frames inside re differ from CPython's).
import re

print(re.match('a+', 'aa').group())
print(type(re.error('x')).__module__, type(re.error('x')).__qualname__)
try:
    re.compile('(unclosed')
except re.error as e:
    raise re.error(e.msg, e.pattern, e.pos) from None
