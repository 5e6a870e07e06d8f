"""mimetypes for closured: a file name's or URL's MIME type and content encoding, from
the table CPython falls back to when it finds no system file. closured reads no host file, so
the answers never depend on /etc/mime.types as CPython's do: init() keeps the built-in table,
and reading a file by name (init(files), read(), read_mime_types()) raises PermissionError as
any host access does. MimeTypes.readfp() reads the mime.types format from a stream."""

import os
import posixpath

__all__ = ['knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions',
           'guess_extension', 'add_type', 'init', 'read_mime_types', 'suffix_map',
           'encodings_map', 'types_map', 'common_types']

# Where CPython looks for system tables; listed for programs that read the name.
knownfiles = [
    '/etc/mime.types', '/etc/httpd/mime.types', '/etc/httpd/conf/mime.types',
    '/etc/apache/mime.types', '/etc/apache2/mime.types', '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/lib/netscape/mime.types', '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/etc/mime.types',
]

# "type ext ext ...": the standard types, the preferred extension first.
_STANDARD = """
application/javascript .js .mjs
application/json .json
application/manifest+json .webmanifest
application/msword .doc .dot .wiz
application/n-quads .nq
application/n-triples .nt
application/octet-stream .bin .a .dll .exe .o .obj .so
application/oda .oda
application/pdf .pdf
application/pkcs7-mime .p7c
application/postscript .ps .ai .eps
application/trig .trig
application/vnd.apple.mpegurl .m3u .m3u8
application/vnd.ms-excel .xls .xlb
application/vnd.ms-powerpoint .ppt .pot .ppa .pps .pwz
application/wasm .wasm
application/x-bcpio .bcpio
application/x-cpio .cpio
application/x-csh .csh
application/x-dvi .dvi
application/x-gtar .gtar
application/x-hdf .hdf
application/x-hdf5 .h5
application/x-latex .latex
application/x-mif .mif
application/x-netcdf .cdf .nc
application/x-pkcs12 .p12 .pfx
application/x-pn-realaudio .ram
application/x-python-code .pyc .pyo
application/x-sh .sh
application/x-shar .shar
application/x-shockwave-flash .swf
application/x-sv4cpio .sv4cpio
application/x-sv4crc .sv4crc
application/x-tar .tar
application/x-tcl .tcl
application/x-tex .tex
application/x-texinfo .texi .texinfo
application/x-troff .roff .t .tr
application/x-troff-man .man
application/x-troff-me .me
application/x-troff-ms .ms
application/x-ustar .ustar
application/x-wais-source .src
application/xml .xsl .rdf .wsdl .xpdl
application/zip .zip
audio/3gpp .3gp .3gpp
audio/3gpp2 .3g2 .3gpp2
audio/aac .aac .adts .loas .ass
audio/basic .au .snd
audio/mpeg .mp3 .mp2
audio/opus .opus
audio/x-aiff .aif .aifc .aiff
audio/x-pn-realaudio .ra
audio/x-wav .wav
image/avif .avif
image/bmp .bmp
image/gif .gif
image/ief .ief
image/jpeg .jpg .jpe .jpeg
image/heic .heic
image/heif .heif
image/png .png
image/svg+xml .svg
image/tiff .tiff .tif
image/vnd.microsoft.icon .ico
image/x-cmu-raster .ras
image/x-portable-anymap .pnm
image/x-portable-bitmap .pbm
image/x-portable-graymap .pgm
image/x-portable-pixmap .ppm
image/x-rgb .rgb
image/x-xbitmap .xbm
image/x-xpixmap .xpm
image/x-xwindowdump .xwd
message/rfc822 .eml .mht .mhtml .nws
text/css .css
text/csv .csv
text/html .html .htm
text/n3 .n3
text/plain .txt .bat .c .h .ksh .pl .srt
text/richtext .rtx
text/tab-separated-values .tsv
text/vtt .vtt
text/x-python .py
text/x-setext .etx
text/x-sgml .sgm .sgml
text/x-vcard .vcf
text/xml .xml
video/mp4 .mp4
video/mpeg .mpeg .m1v .mpa .mpe .mpg
video/quicktime .mov .qt
video/webm .webm
video/x-msvideo .avi
video/x-sgi-movie .movie
"""

# Types some programs use though no standard names them (asked with strict=False).
_COMMON = """
application/rtf .rtf
audio/midi .midi .mid
image/jpg .jpg
image/pict .pict .pct .pic
image/webp .webp
text/xul .xul
"""


def _table(text):
    """The extension -> type dict of a table written as above, in its order."""
    result = {}
    for row in text.split('\n'):
        if row:
            kind, *extensions = row.split(' ')
            result.update(dict.fromkeys(extensions, kind))
    return result


_suffix_map_default = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz',
                       '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
_encodings_map_default = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz',
                          '.br': 'br'}
_types_map_default = _table(_STANDARD)
_common_types_default = _table(_COMMON)

suffix_map = _suffix_map_default
encodings_map = _encodings_map_default
types_map = _types_map_default
common_types = _common_types_default
inited = False
_db = None


def _refuse(filename):
    raise PermissionError('closured opens no file: %r is not read' % (filename,))


def _data_url_type(rest):
    """The media type of a data: URL's text after 'data:' (None when it has no comma)."""
    comma = rest.find(',')
    if comma < 0:
        return None
    head = rest[:comma].split(';')[0]
    return head if '/' in head and '=' not in head else 'text/plain'


class MimeTypes:
    """A database of types: types_map and types_map_inv are pairs of dicts, the first
    for the non-standard types (strict=False), the second for the standard ones."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_encodings_map_default)
        self.suffix_map = dict(_suffix_map_default)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for is_standard, table in ((True, _types_map_default), (False, _common_types_default)):
            for ext, kind in table.items():
                self.add_type(kind, ext, is_standard)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map the extension ext (with its dot) to type, and type back to ext."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def _lookup(self, table, key):
        if key in table:
            return table[key]
        return table.get(key.lower())

    def guess_type(self, url, strict=True):
        """(type, encoding) for a URL or file name; either is None when unknown."""
        url = os.fspath(url)
        scheme, colon, rest = url.partition(':')
        if colon and scheme.lower() == 'data' and '/' not in scheme:
            return _data_url_type(rest), None
        root, ext = posixpath.splitext(url)
        while True:
            longer = self._lookup(self.suffix_map, ext)
            if longer is None:
                break
            root, ext = posixpath.splitext(root + longer)
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            root, ext = posixpath.splitext(root)
        for is_standard in ((True,) if strict else (True, False)):
            kind = self._lookup(self.types_map[is_standard], ext)
            if kind is not None:
                return kind, encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """The extensions known for type, standard ones first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, ()))
        if not strict:
            found += [ext for ext in self.types_map_inv[False].get(type, ()) if ext not in found]
        return found

    def guess_extension(self, type, strict=True):
        """The first extension guess_all_extensions gives, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        _refuse(filename)

    def readfp(self, fp, strict=True):
        """Add the types a mime.types stream lists ("type ext ext ...", '#' comments)."""
        for line in fp:
            words = line.split('#', 1)[0].split()
            for suffix in words[1:]:
                self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Nothing to read: closured has no Windows registry."""


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    return _database().add_type(type, ext, strict)


def init(files=None):
    """(Re)build the module's database from the built-in table; named files are refused."""
    global inited, _db, suffix_map, encodings_map, types_map, common_types
    inited = True
    for name in files or ():
        _refuse(name)
    db = MimeTypes()
    suffix_map, encodings_map = db.suffix_map, db.encodings_map
    types_map, common_types = db.types_map[True], db.types_map[False]
    _db = db


def read_mime_types(file):
    _refuse(file)
