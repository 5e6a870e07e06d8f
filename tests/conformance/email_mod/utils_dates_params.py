# email.utils: RFC 2822 dates both ways, make_msgid, quoting and RFC 2231 parameters.
import datetime
from email.utils import (parseaddr, getaddresses, formataddr, parsedate, parsedate_tz,
                         parsedate_to_datetime, mktime_tz, formatdate, format_datetime,
                         make_msgid, quote, unquote, encode_rfc2231, decode_rfc2231,
                         collapse_rfc2231_value, decode_params)
dates = ['Mon, 20 Nov 1995 19:12:08 -0500', 'Tue, 1 Jul 2003 10:52:37 +0200', '20 Nov 1995 19:12:08 GMT',
         'Thu, 01 Jan 1970 00:00:00 +0000', 'Fri, 13 Feb 2009 23:31:30 -0000', 'Sun, 06 Nov 1994 08:49:37 GMT',
         'Sunday, 06-Nov-94 08:49:37 GMT', 'Sun Nov  6 08:49:37 1994', 'Wed, 02 Oct 2002 08:00:00 EST',
         '2 Oct 2002 08:00 PDT', '1 January 2020 12.30.15 +0130', 'Sat, 01 Feb 03 1:2:3 +0000',
         'nonsense', '', '   ', 'Mon, 20 Nov 1995', 'Mon,20 Nov 1995 19:12:08 -0500', '20 Nov 1995 19:12:08+0100',
         'Nov 20 1995 19:12:08 -0500', '20 Nov 1995 19:12:08 XYZ', '20 Nov 1995 19:12:08', '20 Foo 1995 19:12:08 +0000',
         '20 Nov 1995 19:12 +0000', '20 Nov 1995 aa:bb:cc +0000', '20 Nov 99 1:2:3 +0000', '20 Nov 68 1:2:3 +0000',
         '20 Nov 1995 19:12:08 +5', '20 Nov 1995 19:12:08 -0030', 'Mon, 20 Nov 1995, 19:12:08, -0500', '1995 Nov 20 19:12:08']
for d in dates:
    print(repr(d), parsedate_tz(d), parsedate(d))
    try:
        print('  ', repr(parsedate_to_datetime(d)))
    except (ValueError, TypeError) as e:
        print('  ', type(e).__name__, e)
print(mktime_tz(parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')), mktime_tz((2000, 1, 1, 0, 0, 0, 0, 1, -1, 3600)))
for t in (0, 1e9, 1234567890.75, 2**31, 86399):
    print(formatdate(t), formatdate(t, usegmt=True), formatdate(timeval=t, localtime=False))
aware = datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=-3, minutes=-30)))
print(format_datetime(aware), format_datetime(datetime.datetime(1999, 12, 31, 23, 59, 59)),
      format_datetime(datetime.datetime(2020, 2, 29, tzinfo=datetime.timezone.utc), usegmt=True))
for bad in (aware, datetime.datetime(2020, 1, 1)):
    try:
        format_datetime(bad, usegmt=True)
    except ValueError as e:
        print('ValueError:', e)
m = make_msgid(domain='example.com')
print(m.startswith('<'), m.endswith('@example.com>'), len(m.split('.')) >= 3, make_msgid('tag', 'x.org').endswith('.tag@x.org>'))
print(quote('a"b\\c'), unquote('"a\\"b\\\\c"'), unquote('<id@x>'), unquote('plain'), unquote('"'), unquote('""'))
print(encode_rfc2231('a b/c%'), encode_rfc2231('naïve file.txt', 'utf-8'),
      encode_rfc2231('x', 'us-ascii', 'en'), encode_rfc2231('x', language='en'))
print(decode_rfc2231("utf-8'en'na%C3%AFve"), decode_rfc2231('plain'), decode_rfc2231("a'b"))
print(collapse_rfc2231_value(('utf-8', 'en', 'na\xc3\xafve')), collapse_rfc2231_value('"quoted"'),
      collapse_rfc2231_value(('nope-charset', '', '"x"')), collapse_rfc2231_value((None, '', 'abc')))
print(decode_params([('text/plain', ''), ('charset', '"us-ascii"'), ('name*', "utf-8''na%C3%AFve.txt"),
                     ('title*0', '"part one "'), ('title*1', '"and two"')]))
