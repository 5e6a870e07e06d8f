# A class whose first base is a slot-less mixin takes its layout from a later base;
# combining it with a class that extends that layout must work (a syntax tree whose
# error leaf mixes a language leaf and a generic error leaf), and a real conflict
# must still be refused.


class Node:
    __slots__ = ("up",)


class Token(Node):
    __slots__ = ("text", "pos")


class BadToken(Token):
    __slots__ = ("reason",)


class LangMixin:
    __slots__ = ()

    def lang(self):
        return "py:" + self.text


class LangToken(LangMixin, Token):
    __slots__ = ()


class LangBadToken(BadToken, LangToken):
    __slots__ = ()


t = LangBadToken()
t.up, t.text, t.pos, t.reason = None, "x", 3, "eof"
print(t.lang(), t.pos, t.reason, [c.__name__ for c in type(t).__mro__])
print(hasattr(t, "__dict__"))


class Mixin2:
    pass


class Deep(Mixin2, LangToken):
    __slots__ = ()


class DeepBad(BadToken, Deep):
    pass


d = DeepBad()
d.text, d.reason, d.extra = "y", "r", 1
print(d.lang(), d.reason, d.extra)


class Other(LangMixin, Token):
    __slots__ = ("width",)


for bases in [(BadToken, Other), (Other, BadToken), (LangToken, Other), (Other, LangToken)]:
    try:
        k = type("K", bases, {"__slots__": ()})
        print("made", [c.__name__ for c in k.__mro__][:3])
    except TypeError as e:
        print("refused", [b.__name__ for b in bases], e)
