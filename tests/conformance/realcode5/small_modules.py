# Modules libraries import at their top level for one or two names:
# platform (the Python implementation and system family), gettext
# (untranslated messages), locale (the C locale), stat (st_mode predicates)
# and importlib.metadata (no installed distributions).
import platform
print(platform.system(), platform.python_implementation(), platform.architecture()[0])
print(platform.python_version_tuple()[:2], platform.python_version().startswith('3.11'))
print(type(platform.uname()).__name__, platform.uname().system, platform.uname()._fields)

import gettext
from gettext import gettext as _, ngettext
print(_('hello'), ngettext('%d file', '%d files', 1) % 1, ngettext('%d file', '%d files', 3) % 3)
t = gettext.translation('app', fallback=True)
print(type(t).__name__, t.gettext('x'), t.ngettext('a', 'b', 2), t.pgettext('ctx', 'm'))
try:
    gettext.translation('app', localedir='/nonexistent')
except FileNotFoundError as e:
    print(repr(e))
print(gettext.find('app'), gettext.textdomain())
t.install()
print(_('installed'), __builtins__._('via builtins') if hasattr(__builtins__, '_') else 'x')


class Upper(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()


n = gettext.NullTranslations()
n.add_fallback(Upper())
print(n.gettext('shout'), n.ngettext('one', 'many', 5))

import locale
print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL), locale.getlocale())
try:
    locale.setlocale(locale.LC_ALL, 'de_DE.UTF-8')
except locale.Error as e:
    print('locale.Error:', e)
print(locale.localeconv()['decimal_point'], repr(locale.localeconv()['thousands_sep']))
print(locale.format_string('%d|%.2f|%s', (1234567, 3.14159, 'x'), grouping=True))
print(locale.str(1234567.891), locale.atof('1234.5'), locale.atoi('42'))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strxfrm('abc'))
print(locale.getpreferredencoding(False), locale.normalize('C'), locale.LC_ALL, locale.CHAR_MAX)
try:
    locale.currency(5)
except ValueError as e:
    print('ValueError:', e)

import stat
for mode in (0o100644, 0o40755, 0o120777, 0o104755, 0o42710, 0o41777, 0o20600, 0o10644):
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode),
          stat.S_ISLNK(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.S_IRWXU | stat.S_IRGRP, stat.ST_MTIME, stat.UF_HIDDEN)

import importlib.metadata as md
try:
    md.version('surely-not-installed')
except md.PackageNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ModuleNotFoundError))
print(type(md.entry_points(group='no-such-group')).__name__,
      len(md.entry_points(group='no-such-group')))
