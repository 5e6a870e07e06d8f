"""email._policybase for closured: Policy (immutable settings a message is parsed and
written with, changed by clone() or +) and Compat32, the policy of the classic Message:
header values are kept and returned as the strings they were given."""

from email import header
from email import charset as _charset

__all__ = ['Policy', 'Compat32', 'compat32']


def _has_surrogates(text):
    try:
        text.encode()
    except UnicodeEncodeError:
        return True
    return False


class Policy:
    """Settings: linesep, max_line_length, cte_type, raise_on_defect, mangle_from_,
    message_factory, verify_generated_headers. Instances are immutable."""

    cte_type = '8bit'
    linesep = '\n'
    mangle_from_ = False
    max_line_length = 78
    message_factory = None
    raise_on_defect = False
    verify_generated_headers = True

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError('{!r} is an invalid keyword argument for {}'.format(
                    name, type(self).__name__))
            object.__setattr__(self, name, value)

    def __repr__(self):
        settings = ['{}={!r}'.format(name, value) for name, value in self.__dict__.items()]
        return '{}({})'.format(type(self).__name__, ', '.join(settings))

    def clone(self, **kw):
        """A copy of the policy with the given settings changed."""
        copy = object.__new__(type(self))
        for name, value in self.__dict__.items():
            object.__setattr__(copy, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError('{!r} is an invalid keyword argument for {}'.format(
                    name, type(self).__name__))
            object.__setattr__(copy, name, value)
        return copy

    def __setattr__(self, name, value):
        if hasattr(self, name):
            message = '{!r} object attribute {!r} is read-only'
        else:
            message = '{!r} object has no attribute {!r}'
        raise AttributeError(message.format(type(self).__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)

    def handle_defect(self, obj, defect):
        """Raise defect under raise_on_defect, else record it on obj."""
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None


class Compat32(Policy):
    """The policy of email.message.Message: values stored and fetched as given."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        if not isinstance(value, str) or not _has_surrogates(value):
            return value
        return header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)

    def header_source_parse(self, sourcelines):
        """(name, value) of a header's source lines (value without its last line end)."""
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return name, value.rstrip('\r\n')

    def header_store_parse(self, name, value):
        return name, value

    def header_fetch_parse(self, name, value):
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, sanitize=self.cte_type == '7bit')
        return folded.encode('ascii', 'surrogateescape')

    def _fold(self, name, value, sanitize):
        if isinstance(value, str):
            if _has_surrogates(value) and not sanitize:
                return '%s: %s%s' % (name, value, self.linesep)
            if _has_surrogates(value):
                value = header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)
            else:
                value = header.Header(value, header_name=name)
        width = self.max_line_length or 0
        return '%s: %s%s' % (name, value.encode(linesep=self.linesep, maxlinelen=width),
                             self.linesep)


compat32 = Compat32()
