import g
print(g.names())
print(sorted(k for k in g.get_globals() if not k.startswith('__')))
