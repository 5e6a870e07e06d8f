# No local or global is near: the builtins are searched last.
values = [3, 1, 2]
prnt(sorted(values))
