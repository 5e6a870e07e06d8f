"""encodings for closured: the codecs written in Python (idna, punycode, the table codecs
iso8859_15, koi8_r, cp1252 and cp437, charmap, euc_jp, unicode_escape and
raw_unicode_escape). The runtime knows utf-8, ascii, latin-1, utf-16 and utf-32 itself;
for any other name, str.encode, bytes.decode and codecs.lookup ask search_function here,
which answers the CodecInfo of a codec module of this package, or None."""

import codecs

# each codec module's names, as search_function sees them (lowered, punctuation as '_')
_MODULES = {'idna': 'idna', 'punycode': 'punycode',
            'iso8859_15': 'iso8859_15', 'iso_8859_15': 'iso8859_15', 'latin9': 'iso8859_15',
            'l9': 'iso8859_15', 'koi8_r': 'koi8_r', 'cskoi8r': 'koi8_r',
            'cp1252': 'cp1252', 'windows_1252': 'cp1252', '1252': 'cp1252',
            'cp437': 'cp437', '437': 'cp437', 'ibm437': 'cp437', 'charmap': 'charmap',
            'euc_jp': 'euc_jp', 'eucjp': 'euc_jp', 'ujis': 'euc_jp', 'u_jis': 'euc_jp',
            'unicode_escape': 'unicode_escape', 'raw_unicode_escape': 'raw_unicode_escape'}
_cache = {}


def normalize_encoding(encoding):
    """encoding with every run of characters other than letters, digits and '.'
    turned into one '_' (none at either end)."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, 'latin-1')
    pieces, gap = [], False
    for ch in encoding:
        if ch.isalnum() or ch == '.':
            if gap and pieces:
                pieces.append('_')
            pieces.append(ch)
            gap = False
        else:
            gap = True
    return ''.join(pieces)


def search_function(encoding):
    """The CodecInfo of a Python codec by name (any case and punctuation), or None."""
    name = normalize_encoding(encoding).lower()
    module_name = _MODULES.get(name)
    if module_name is None:
        return None
    if module_name not in _cache:
        module = __import__('encodings.' + module_name, fromlist=['getregentry'])
        _cache[module_name] = module.getregentry()
    return _cache[module_name]
