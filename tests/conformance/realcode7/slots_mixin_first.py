# A mixin without __slots__ listed before a slotted base: the instances take
# the slotted base's layout (its slots live where its members look), and keep
# a __dict__ from the mixin. Two slotted bases of unrelated layouts conflict.
class Piece:
    __slots__ = ('kind', 'text', 'owner', 'flags', 'size', 'depth', 'mark')

    def __init__(self, kind, text):
        self.kind, self.text = kind, text
        self.owner = self.flags = self.size = self.depth = self.mark = None


class Group(Piece):
    __slots__ = 'members'

    def __init__(self, members):
        self.members = members
        super().__init__('group', ''.join(m.text for m in members))


class Labelled:
    def label(self):
        return '%s:%s' % (self.kind, self.text)


class Named(Labelled, Group):
    pass


class Deeper(Named):
    pass


made = []
for i in range(200):
    n = Named([Piece('word', 'w%d' % i), Piece('space', ' ')])
    n.mark = i
    n.depth = i * 2
    n.note = 'extra'
    made.append(n)
print(made[7].label(), made[7].mark, made[7].depth, made[7].note, len(made[7].members))
print(sum(n.mark for n in made), made[-1].members[0].text)
d = Deeper([Piece('x', 'y')])
d.mark = 'm'
print(d.label(), d.mark, d.members[0].kind, vars(d))
print(Named.__mro__[1:3] == (Labelled, Group), hasattr(Named, '__dict__'))


class Other:
    __slots__ = ('q',)


try:
    class Clash(Piece, Other):
        pass
except TypeError as e:
    print('TypeError:', e)


class Plain:
    pass


class Both(Plain, Other):
    pass


b = Both()
b.q = 5
b.free = 6
print(b.q, b.free)
