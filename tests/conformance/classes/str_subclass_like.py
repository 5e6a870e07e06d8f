class Text:
    def __init__(self, s):
        self.s = s

    def __str__(self):
        return self.s

    def __repr__(self):
        return f"Text({self.s!r})"

    def __add__(self, o):
        return Text(self.s + str(o))

    def __radd__(self, o):
        return Text(str(o) + self.s)

    def __mul__(self, n):
        return Text(self.s * n)

    def __contains__(self, sub):
        return sub in self.s

    def __len__(self):
        return len(self.s)

    def __getitem__(self, i):
        return Text(self.s[i])

    def __format__(self, spec):
        return format(self.s, spec)


t = Text("abc")
print(t + "d", "z" + t, t * 2, "b" in t, len(t), t[1:], t[0])
print(f"[{t:>6}]", "%s|%r" % (t, t), str(t), [t])
print(" ".join(str(x) for x in [t, t + 1]))
