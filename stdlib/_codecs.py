"""_codecs for closured: the home CPython gives codecs.encode and
codecs.decode (pickles made by protocols 2 and lower name _codecs.encode), and the
charmap and escape codecs' functions."""

from codecs import encode, decode, lookup, lookup_error, register_error
from _codecs_text import (charmap_build, charmap_decode, charmap_encode,
                          raw_unicode_escape_decode, raw_unicode_escape_encode,
                          unicode_escape_decode, unicode_escape_encode)
