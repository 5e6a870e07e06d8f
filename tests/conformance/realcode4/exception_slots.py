# Exception classes that declare __slots__ (a parser's error type keeping
# its location): the attributes work on the class and its subclasses.
class ParseError(Exception):
    __slots__ = ("loc", "msg", "pstr")

    def __init__(self, pstr, loc=0, msg=None):
        super().__init__(pstr, loc, msg)
        self.pstr = pstr
        self.loc = loc
        self.msg = msg

    def __str__(self):
        return "%s (at char %d)" % (self.msg, self.loc)


class FatalParseError(ParseError):
    pass


e = FatalParseError("text", 3, "Expected W")
print(e.loc, e.msg, e.pstr, e.args, str(e))
try:
    raise ParseError("abc", 1, "bad")
except ParseError as x:
    print(type(x).__name__, x, x.loc)
    caught = x
caught.loc = 9
print(caught.loc, "loc" in ParseError.__slots__)
