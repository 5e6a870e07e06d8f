# Three and four levels deep: a change anywhere in the MRO reaches the leaf.
class G:
    level = "G"

    def name(self):
        return "G"


class P(G):
    pass


class C(P):
    pass


class L(C):
    pass


leaf = L()
seen = []
for i in range(300):
    if i == 100:
        G.name = lambda self: "G2"
    if i == 150:
        P.name = lambda self: "P"
    if i == 200:
        C.level = "C"
    if i == 250:
        del P.name
    seen.append(leaf.name() + leaf.level)
print(seen[0], seen[99], seen[100], seen[150], seen[200], seen[250], seen[299])
print(sorted(set(seen)))
