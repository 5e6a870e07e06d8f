"""email for closured: messages (email.message), their parser and writer, headers with
RFC 2047 encoded words, charsets and the address and date helpers of email.utils, in the
compat32 form CPython's message_from_* functions return."""

__all__ = ['base64mime', 'charset', 'encoders', 'errors', 'feedparser', 'generator',
           'header', 'iterators', 'message', 'message_from_file', 'message_from_binary_file',
           'message_from_string', 'message_from_bytes', 'mime', 'parser', 'quoprimime',
           'utils']


def message_from_string(s, *args, **kws):
    """The Message parsed from the text s (Parser's arguments may follow)."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """The Message parsed from the bytes s."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """The Message parsed from the text stream fp."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """The Message parsed from the binary stream fp."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
