"""email._parseaddr for closured: the date parsing and quoting helpers
email.utils offers, under the private module name some libraries import
them from (feedparser's date handlers call parsedate_tz and mktime_tz here)."""

from email.utils import parsedate, parsedate_tz, mktime_tz, quote

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']
