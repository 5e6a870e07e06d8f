# unicodedata: a sweep of every 997th code point over all planes, checking the generated tables
# (properties, decompositions, numeric values, names) against CPython's through one digest each.
import hashlib
import unicodedata as ud

parts = {'props': [], 'decomp': [], 'numeric': [], 'names': []}
counts = {}
for cp in range(0, 0x110000, 997):
    ch = chr(cp)
    cat = ud.category(ch)
    counts[cat] = counts.get(cat, 0) + 1
    parts['props'].append('%s %s %s %d %d' % (cat, ud.bidirectional(ch), ud.east_asian_width(ch),
                                              ud.mirrored(ch), ud.combining(ch)))
    parts['decomp'].append(ud.decomposition(ch))
    parts['numeric'].append('%r %r %r' % (ud.numeric(ch, None), ud.digit(ch, None),
                                          ud.decimal(ch, None)))
    parts['names'].append(ud.name(ch, '-'))
for key, values in parts.items():
    print(key, len(values), hashlib.md5('\n'.join(values).encode()).hexdigest())
print(sorted(counts.items()))
