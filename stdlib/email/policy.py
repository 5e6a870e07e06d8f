"""email.policy for closured: compat32 and EmailPolicy with its instances default, SMTP,
SMTPUTF8, HTTP and strict. Under EmailPolicy a header value is fetched as a str subclass
carrying its name (encoded words decoded, line breaks unfolded); the structured header
classes of email.headerregistry (addresses, dates, parameters) are not provided. Headers
are folded as CPython folds unstructured headers and address lists (email/_folding.py);
one holding undecodable bytes raises NotImplementedError."""

import re
import sys

from email import _folding
from email._policybase import Compat32, Policy, compat32, _has_surrogates
from email.header import decode_header, make_header
from email.message import EmailMessage

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict', 'SMTP',
           'HTTP']

_LINE_BREAK = re.compile(r'\n|\r')


class _HeaderValue(str):
    """A fetched header: its text, with the header's name and no defects."""

    def __new__(cls, name, text):
        value = str.__new__(cls, text)
        value._name = name
        return value

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return ()

    def fold(self, *, policy):
        return policy.fold(self._name, str(self))


def _header_factory(name, value):
    if '=?' in value:
        value = str(make_header(decode_header(value)))
    return _HeaderValue(name, value)


class EmailPolicy(Policy):
    """The policy of EmailMessage (settings utf8, refold_source, header_factory and
    content_manager besides Policy's)."""

    message_factory = EmailMessage
    utf8 = False
    refold_source = 'long'
    header_factory = staticmethod(_header_factory)
    content_manager = None

    def header_max_count(self, name):
        unique = ('date', 'from', 'sender', 'to', 'cc', 'bcc', 'subject', 'message-id',
                  'in-reply-to', 'references', 'orig-date', 'reply-to', 'mime-version',
                  'content-type', 'content-transfer-encoding', 'content-disposition')
        return 1 if name.lower() in unique else None

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return name, value.rstrip('\r\n')

    def header_store_parse(self, name, value):
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return name, value
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError('Header values may not contain linefeed or carriage return '
                             'characters')
        return name, self.header_factory(name, value)

    def header_fetch_parse(self, name, value):
        if hasattr(value, 'name'):
            return value
        return self.header_factory(name, ''.join(_LINE_BREAK.split(value)))

    def fold(self, name, value):
        return self._fold(name, value)

    def fold_binary(self, name, value):
        return self._fold(name, value).encode('ascii' if not self.utf8 else 'utf-8',
                                              'surrogateescape')

    def _fold(self, name, value):
        if not hasattr(value, 'name'):
            # a value read from a source keeps its lines unless one is too long
            width = self.max_line_length or sys.maxsize
            lines = str(value).splitlines()
            long = lines and len(lines[0]) + len(name) + 2 > width or \
                any(len(line) > width for line in lines[1:])
            if not (self.refold_source == 'all' or self.refold_source == 'long' and long):
                return name + ': ' + self.linesep.join(lines) + self.linesep
            value = self.header_factory(name, ''.join(lines))
        text = str(value)
        if _has_surrogates(text):
            raise NotImplementedError('email: folding a %s header holding undecodable bytes '
                                      'under EmailPolicy is not available in closured' % name)
        return _folding.fold(name, text, self.max_line_length or sys.maxsize, self.linesep,
                             self.utf8)


default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
