class P:
    __slots__=('x','y')
p=P()
try: p.x
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
print(P.x, type(P.x).__name__)
p.x = 5; print(p.x); del p.x
print(hasattr(p, 'x'))
