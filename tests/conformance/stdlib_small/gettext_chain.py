# gettext's translation objects: NullTranslations answering with the message
# (plural by n == 1), a chain of fallbacks (the first that knows a message
# answers), a GNUTranslations catalogue read from an in-memory .mo file
# (plain, plural and context entries, its info and charset), install() into
# builtins, and the module-level functions without catalogues.
import builtins
import gettext
import io
import struct


def mo_file(entries):
    # a little-endian GNU .mo image of {msgid: msgstr} (bytes keys and values)
    keys = sorted(entries)
    ids = b''.join(k + b'\0' for k in keys)
    strs = b''.join(entries[k] + b'\0' for k in keys)
    start = 7 * 4 + 16 * len(keys)
    offsets, id_at, str_at = [], start, start + len(ids)
    for k in keys:
        offsets.append((len(k), id_at, len(entries[k]), str_at))
        id_at += len(k) + 1
        str_at += len(entries[k]) + 1
    head = struct.pack('<7I', 0x950412de, 0, len(keys), 28, 28 + 8 * len(keys), 0, 0)
    table = b''.join(struct.pack('<2I', a, b) for a, b, _, _ in offsets)
    table += b''.join(struct.pack('<2I', c, d) for _, _, c, d in offsets)
    return io.BytesIO(head + table + ids + strs)


null = gettext.NullTranslations()
print(null.gettext('hi'), null.ngettext('one', 'many', 1), null.ngettext('one', 'many', 0),
      null.pgettext('ctx', 'hi'), null.npgettext('ctx', 'one', 'many', 2), null.info(), null.charset())


class Upper(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper() if message.startswith('u') else super().gettext(message)


class Star(gettext.NullTranslations):
    def gettext(self, message):
        return '*' + message

    def ngettext(self, msgid1, msgid2, n):
        return '*%s/%s/%d' % (msgid1, msgid2, n)


chain = gettext.NullTranslations()
chain.add_fallback(Upper())
chain.add_fallback(Star())
print(chain.gettext('up'), chain.gettext('down'), chain.ngettext('a', 'b', 3),
      chain.pgettext('c', 'm'), type(chain._fallback).__name__, type(chain._fallback._fallback).__name__)

cat = gettext.GNUTranslations(mo_file({
    b'': b'Project-Id-Version: x\nContent-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=n != 1;\n',
    b'cheese': b'fromage',
    b'apple\0apples': b'pomme\0pommes',
    b'menu\x04open': 'ouvrir (menu)'.encode(),
    b'caf\xc3\xa9': 'caf\u00e9 cr\u00e8me'.encode()}))
print(cat.gettext('cheese'), cat.gettext('bread'), cat.ngettext('apple', 'apples', 1),
      cat.ngettext('apple', 'apples', 5), cat.ngettext('pear', 'pears', 5),
      cat.pgettext('menu', 'open'), cat.pgettext('other', 'open'), cat.gettext('caf\u00e9'))
print(sorted(cat.info().items()), cat.charset())
cat.add_fallback(Star())
print(cat.gettext('bread'), cat.ngettext('pear', 'pears', 1), cat.gettext('cheese'))
try:
    gettext.GNUTranslations(io.BytesIO(b'\0' * 28))
except OSError as exc:
    print('OSError', exc.args[:2])

saved = builtins.__dict__.get('_')
Upper().install(names=['ngettext', 'bogus'])
print(_('up'), builtins.ngettext('x', 'y', 2), 'bogus' in builtins.__dict__)
del builtins.ngettext
if saved is None:
    del builtins._
print(gettext.gettext('m'), gettext.ngettext('s', 'p', 1), gettext.dgettext('d', 'm'),
      gettext.dngettext('d', 's', 'p', 2), gettext.pgettext('c', 'm'), gettext.dpgettext('d', 'c', 'm'),
      gettext.npgettext('c', 's', 'p', 1), gettext.dnpgettext('d', 'c', 's', 'p', 7))
print(gettext.translation('nothing-here', fallback=True).gettext('x'), gettext.find('nothing-here'))
try:
    gettext.translation('nothing-here')
except FileNotFoundError as exc:
    print('FileNotFoundError', exc.args[1])
