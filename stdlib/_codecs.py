"""_codecs for closured: the home CPython gives codecs.encode and
codecs.decode (pickles made by protocols 2 and lower name _codecs.encode)."""

from codecs import encode, decode, lookup
