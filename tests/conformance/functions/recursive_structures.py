def tree_sum(t):
    if t is None:
        return 0
    v, left, right = t
    return v + tree_sum(left) + tree_sum(right)
def insert(t, v):
    if t is None:
        return (v, None, None)
    root, l, r = t
    if v < root:
        return (root, insert(l, v), r)
    return (root, l, insert(r, v))
def inorder(t, out):
    if t is not None:
        inorder(t[1], out)
        out.append(t[0])
        inorder(t[2], out)
    return out
t = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    t = insert(t, v)
print(tree_sum(t))
print(inorder(t, []))
def height(t):
    return 0 if t is None else 1 + max(height(t[1]), height(t[2]))
print(height(t))
