"""email.errors for closured: the exceptions the email package raises and the defects
its parser records on a message (message.defects) instead of raising."""


class MessageError(Exception):
    """Base of the email package's exceptions."""


class MessageParseError(MessageError):
    """The message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """A message cannot be turned into a multipart one."""


class CharsetError(MessageError):
    """A charset name that is not ASCII (or otherwise unusable) was given."""


class HeaderWriteError(MessageError):
    """A header cannot be written out as it is."""


class MessageDefect(ValueError):
    """Something found wrong in a message while parsing it."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


def _defect(name, doc, base=MessageDefect):
    return type(name, (base,), {'__doc__': doc, '__module__': __name__})


NoBoundaryInMultipartDefect = _defect('NoBoundaryInMultipartDefect',
                                      'A message claimed to be multipart but had no boundary.')
StartBoundaryNotFoundDefect = _defect('StartBoundaryNotFoundDefect',
                                      'The claimed start boundary was never found.')
CloseBoundaryNotFoundDefect = _defect('CloseBoundaryNotFoundDefect',
                                      'A start boundary was found, but not the closing one.')
FirstHeaderLineIsContinuationDefect = _defect('FirstHeaderLineIsContinuationDefect',
                                              'A message had a continuation line as its first '
                                              'header line.')
MisplacedEnvelopeHeaderDefect = _defect('MisplacedEnvelopeHeaderDefect',
                                        "A 'Unix-from' header was found in the middle of a "
                                        'header block.')
MissingHeaderBodySeparatorDefect = _defect('MissingHeaderBodySeparatorDefect',
                                           'Found line with no leading whitespace and no colon '
                                           'before blank line.')
MalformedHeaderDefect = MissingHeaderBodySeparatorDefect
MultipartInvariantViolationDefect = _defect('MultipartInvariantViolationDefect',
                                            'A message claimed to be multipart but no subparts '
                                            'were found.')
InvalidMultipartContentTransferEncodingDefect = _defect(
    'InvalidMultipartContentTransferEncodingDefect',
    'An invalid content transfer encoding was set on the multipart itself.')
UndecodableBytesDefect = _defect('UndecodableBytesDefect',
                                 'Header contained bytes that could not be decoded')
InvalidBase64PaddingDefect = _defect('InvalidBase64PaddingDefect',
                                     'base64 encoded sequence had an incorrect length')
InvalidBase64CharactersDefect = _defect('InvalidBase64CharactersDefect',
                                        'base64 encoded sequence had characters not in '
                                        'base64 alphabet')
InvalidBase64LengthDefect = _defect('InvalidBase64LengthDefect',
                                    'base64 encoded sequence had invalid length (1 mod 4)')


class HeaderDefect(MessageDefect):
    """Base class for a problem in a header."""


def _header_defect(name, doc):
    return _defect(name, doc, HeaderDefect)


InvalidHeaderDefect = _header_defect('InvalidHeaderDefect',
                                     'Header is not valid, message gives details.')
HeaderMissingRequiredValue = _header_defect('HeaderMissingRequiredValue',
                                            'A header that must have a value had none')
ObsoleteHeaderDefect = _header_defect('ObsoleteHeaderDefect',
                                      'Header uses syntax declared obsolete by RFC 5322')
NonASCIILocalPartDefect = _header_defect('NonASCIILocalPartDefect',
                                         'local_part contains non-ASCII characters')
InvalidDateDefect = _header_defect('InvalidDateDefect', 'Header has unparsable or invalid '
                                   'date')


class NonPrintableDefect(HeaderDefect):
    """A header holds ASCII control characters (listed in non_printables)."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return ('the following ASCII non-printables found in header: '
                '{}'.format(self.non_printables))
