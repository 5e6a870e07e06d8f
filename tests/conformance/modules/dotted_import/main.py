import a.b.c
print(a.b.c.deep())
print(a.b.c.__name__)
import a.b.c as abc
print(abc.deep())
import a.b
print(a.b.level)
