"""gettext for closured: messages pass through untranslated. A program has
no message catalogues to read (closured opens no file), so translation()
finds none: NullTranslations with fallback=True, else CPython's
FileNotFoundError; gettext()/ngettext() and their variants return the
message (the plural form chosen by n == 1, as the C locale does)."""

import builtins

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find',
           'translation', 'install', 'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext', 'dnpgettext']

_default_domain = 'messages'
_localedirs = {}


class NullTranslations:
    """Translations that return every message unchanged, or ask their
    fallback when one was added."""

    def __init__(self, fp=None):
        self._fallback = None
        self._info = {}
        self._charset = self._output_charset = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass  # a subclass reads its catalogue here

    def add_fallback(self, fallback):
        # fallbacks form a chain: the new one goes last
        if not self._fallback:
            self._fallback = fallback
        else:
            self._fallback.add_fallback(fallback)

    # each lookup goes to the fallback when there is one; the last in the
    # chain answers with the message itself (plural: n == 1 or not)

    def gettext(self, message):
        fallback = self._fallback
        return fallback.gettext(message) if fallback else message

    def ngettext(self, msgid1, msgid2, n):
        fallback = self._fallback
        if fallback:
            return fallback.ngettext(msgid1, msgid2, n)
        return _untranslated(msgid1, msgid2, n)

    def pgettext(self, context, message):
        fallback = self._fallback
        return fallback.pgettext(context, message) if fallback else message

    def npgettext(self, context, msgid1, msgid2, n):
        fallback = self._fallback
        if fallback:
            return fallback.npgettext(context, msgid1, msgid2, n)
        return _untranslated(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        builtins.__dict__['_'] = self.gettext
        for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'}.intersection(names or ()):
            builtins.__dict__[name] = getattr(self, name)


def _untranslated(msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


class GNUTranslations(NullTranslations):
    """A catalogue read from a GNU .mo file object."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'
    VERSIONS = (0, 1)

    def _parse(self, fp):
        import struct
        buf = fp.read()
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        magic = struct.unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            ii = '<II'
            order = '<'
        elif magic == self.BE_MAGIC:
            ii = '>II'
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', getattr(fp, 'name', ''))
        version, msgcount, masteridx, transidx = struct.unpack(order + '4I', buf[4:20])
        if version >> 16 not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(version >> 16),
                          getattr(fp, 'name', ''))
        charset = 'ascii'
        for _ in range(msgcount):
            mlen, moff = struct.unpack(ii, buf[masteridx:masteridx + 8])
            tlen, toff = struct.unpack(ii, buf[transidx:transidx + 8])
            msg = buf[moff:moff + mlen]
            tmsg = buf[toff:toff + tlen]
            if mlen == 0:
                for line in tmsg.decode(charset).split('\n'):
                    k, sep, v = line.partition(':')
                    if sep:
                        k = k.strip().lower()
                        self._info[k] = v.strip()
                        if k == 'content-type':
                            self._charset = charset = v.split('charset=')[1].strip()
            if b'\x00' in msg:
                msgid1, msgid2 = msg.split(b'\x00')
                forms = tmsg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, x in enumerate(forms):
                    catalog[(msgid1, i)] = str(x, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    # a message missing from the catalogue is looked up as NullTranslations does
    def gettext(self, message):
        if message in self._catalog:
            return self._catalog[message]
        return NullTranslations.gettext(self, message)

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            return NullTranslations.ngettext(self, msgid1, msgid2, n)

    def pgettext(self, context, message):
        key = self.CONTEXT % (context, message)
        if key in self._catalog:
            return self._catalog[key]
        return NullTranslations.pgettext(self, context, message)

    def npgettext(self, context, msgid1, msgid2, n):
        try:
            return self._catalog[(self.CONTEXT % (context, msgid1), self.plural(n))]
        except KeyError:
            return NullTranslations.npgettext(self, context, msgid1, msgid2, n)


def find(domain, localedir=None, languages=None, all=False):
    """No catalogue file exists for closured's programs."""
    return [] if all else None


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    if fallback:
        return NullTranslations()
    from errno import ENOENT
    raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


def textdomain(domain=None):
    global _default_domain
    if domain is not None:
        _default_domain = domain
    return _default_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, '/usr/share/locale')


def bind_textdomain_codeset(domain, codeset=None):
    return codeset


def dgettext(domain, message):
    return message


def dngettext(domain, msgid1, msgid2, n):
    return _untranslated(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    return message


def dnpgettext(domain, context, msgid1, msgid2, n):
    return _untranslated(msgid1, msgid2, n)


def gettext(message):
    return dgettext(_default_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_default_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_default_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_default_domain, context, msgid1, msgid2, n)


Catalog = translation
