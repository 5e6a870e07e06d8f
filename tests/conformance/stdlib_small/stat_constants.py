# stat: every public constant's value, the type predicates over each file type, S_IMODE and
# S_IFMT, and filemode over types and permission bits.
import stat

names = sorted(n for n in dir(stat) if n[:1].isupper() and not n.startswith('S_IS'))
for name in names:
    value = getattr(stat, name)
    if isinstance(value, int):
        print(name, value)

types = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO, stat.S_IFLNK,
         stat.S_IFSOCK, 0]
for kind in types:
    mode = kind | 0o755
    print(oct(mode), stat.S_IMODE(mode), stat.S_IFMT(mode), stat.filemode(mode),
          [p for p in ('S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK',
                       'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT')
           if getattr(stat, p)(mode)])
for bits in (0o4755, 0o2755, 0o1777, 0o4644, 0o2644, 0o1666, 0o7000, 0o0000, 0o7777):
    print(oct(bits), stat.filemode(stat.S_IFREG | bits), stat.filemode(stat.S_IFDIR | bits))
attrs = [n for n in names if n.startswith('FILE_ATTRIBUTE_')]
total = 0
for n in attrs:
    total |= getattr(stat, n)
print(len(attrs), total, bin(total))
