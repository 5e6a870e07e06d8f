"""email.message for closured: Message, the classic (compat32) message: an ordered list
of (name, value) headers looked up without regard to case, a payload (a str, or a list of
sub-messages for a multipart), the MIME parameter helpers and walk(); EmailMessage and
MIMEPart on top of it with the default policy's basics (set_content/get_content for text,
iter_parts, get_body)."""

import binascii
import quopri
import re
from io import StringIO

from email import errors, utils
from email import charset as _charset
from email._policybase import compat32

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

SEMISPACE = '; '
_SPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    head, sep, rest = str(param).partition(';')
    return head.strip(), (rest.strip() if sep else None)


def _formatparam(param, value=None, quote=True):
    """'param=value' for a header, quoted when asked or needed; an RFC 2231 triple or a
    non-ASCII value becomes 'param*=charset'lang'text'."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        return '%s*=%s' % (param, utils.encode_rfc2231(value[2], value[0], value[1]))
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        return '%s*=%s' % (param, utils.encode_rfc2231(value, 'utf-8', ''))
    if quote or _SPECIALS.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return '%s=%s' % (param, value)


def _param_pieces(text):
    """The ';'-separated pieces of a header value (a ';' inside quotes does not split),
    each 'name=value' with its name lowered."""
    pieces = []
    rest = str(text)
    while True:
        cut = -1
        search = 0
        while True:
            cut = rest.find(';', search)
            if cut < 0:
                break
            quotes = rest.count('"', 0, cut) - rest.count('\\"', 0, cut)
            if quotes % 2 == 0:
                break
            search = cut + 1
        piece = rest if cut < 0 else rest[:cut]
        if '=' in piece:
            name, value = piece.split('=', 1)
            piece = name.strip().lower() + '=' + value.strip()
        pieces.append(piece.strip())
        if cut < 0:
            return pieces
        rest = rest[cut + 1:]


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _as_charset(charset):
    """charset as a Charset (a name is looked up)."""
    return charset if isinstance(charset, _charset.Charset) else _charset.Charset(charset)


def _payload_bytes(payload, charset):
    """A text payload as the bytes a transfer encoding works on: surrogate escapes as the
    bytes they stand for, other text in the charset's output encoding; empty as it is."""
    if not payload:
        return payload
    try:
        return payload.encode('ascii', 'surrogateescape')
    except UnicodeError:
        return payload.encode(charset.output_charset)


class Message:
    """A message: headers in order (names case-insensitive, repeats allowed), a payload,
    the unix 'From ' line, preamble/epilogue of a multipart and the parse defects."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []  # (name, value) pairs in order, names as given
        self.preamble = self.epilogue = None
        self.defects = []
        self._unixfrom = self._payload = self._charset = None
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The message as text (headers not folded unless maxheaderlen is given)."""
        from email.generator import Generator
        out = StringIO()
        writer = Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen,
                           policy=policy or self.policy)
        writer.flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The message as bytes."""
        from email.generator import BytesGenerator
        from io import BytesIO
        out = BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=policy or self.policy).flatten(
            self, unixfrom=unixfrom)
        return out.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # ---- payload

    def attach(self, payload):
        """Add a sub-message to a multipart payload (a first one makes it multipart)."""
        if self._payload is None:
            self._payload = [payload]
        elif isinstance(self._payload, list):
            self._payload.append(payload)
        else:
            raise TypeError('Attach is not valid on a message with a non-multipart payload')

    def get_payload(self, i=None, decode=False):
        """The payload: the list of parts (or part i) of a multipart; otherwise the text,
        or with decode its bytes after undoing the Content-Transfer-Encoding."""
        if self.is_multipart():
            if decode:
                return None
            return self._payload if i is None else self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        encoding = str(self.get('content-transfer-encoding', '')).lower()
        if isinstance(payload, str):
            raw = None
            if utils._has_surrogates(payload):
                raw = payload.encode('ascii', 'surrogateescape')
                if not decode:
                    try:
                        return raw.decode(self.get_param('charset', 'ascii'), 'replace')
                    except LookupError:
                        return raw.decode('ascii', 'replace')
            if not decode:
                return payload
            if raw is None:
                try:
                    raw = payload.encode('ascii')
                except UnicodeError:
                    raw = payload.encode('latin-1', 'backslashreplace')
        elif not decode:
            return payload
        else:
            raw = payload
        if encoding == 'quoted-printable':
            return quopri.decodestring(raw)
        if encoding == 'base64':
            return self._base64_body(raw)
        if encoding in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            raise NotImplementedError('email: decoding a uuencoded payload is not available '
                                      'in closured')
        return raw

    def _base64_body(self, raw):
        joined = b''.join(raw.splitlines())
        try:
            return binascii.a2b_base64(joined)
        except binascii.Error:
            self.policy.handle_defect(self, errors.InvalidBase64PaddingDefect())
            for padding in (b'=', b'=='):
                try:
                    return binascii.a2b_base64(joined + padding)
                except binascii.Error:
                    pass
            return joined

    def set_payload(self, payload, charset=None):
        """Make payload the message's payload (str, or bytes kept as escaped text); with
        a charset the text is encoded for it and the MIME headers set."""
        if hasattr(payload, 'encode'):  # text
            if charset is None:
                self._payload = payload
                return
            charset = _as_charset(charset)
            payload = payload.encode(charset.output_charset)
        # Bytes are kept as text: ASCII as it is, other bytes as surrogate escapes.
        escaped = hasattr(payload, 'decode')
        self._payload = payload.decode('ascii', 'surrogateescape') if escaped else payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Set the message's charset: MIME-Version, Content-Type's charset parameter and
        Content-Transfer-Encoding, encoding the payload to match; None removes it."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        charset = self._charset = _as_charset(charset)
        written = charset.get_output_charset()
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=written)
        else:
            self.set_param('charset', written)
        if charset != written:
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' in self:
            return
        encoding = charset.get_body_encoding()
        if callable(encoding):
            encoding(self)
            return
        self._payload = charset.body_encode(_payload_bytes(self._payload, charset))
        self.add_header('Content-Transfer-Encoding', encoding)

    def get_charset(self):
        return self._charset

    # ---- headers as a mapping

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Add a header (never replacing one of the same name)."""
        limit = self.policy.header_max_count(name)
        if limit:
            present = sum(1 for key, _ in self._headers if key.lower() == name.lower())
            if present >= limit:
                raise ValueError('There may be at most {} {} headers in a message'.format(
                    limit, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Remove every header of that name (nothing when there is none)."""
        lowered = name.lower()
        self._headers = [(key, value) for key, value in self._headers
                         if key.lower() != lowered]

    def __contains__(self, name):
        lowered = name.lower()
        return any(key.lower() == lowered for key, _ in self._headers)

    def __iter__(self):
        for key, _ in self._headers:
            yield key

    def keys(self):
        return [key for key, _ in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(key, value) for key, value in self._headers]

    def items(self):
        return [(key, self.policy.header_fetch_parse(key, value))
                for key, value in self._headers]

    def get(self, name, failobj=None):
        """The first header of that name, or failobj."""
        lowered = name.lower()
        for key, value in self._headers:
            if key.lower() == lowered:
                return self.policy.header_fetch_parse(key, value)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """Every header of that name in order, or failobj when there is none."""
        lowered = name.lower()
        found = [self.policy.header_fetch_parse(key, value) for key, value in self._headers
                 if key.lower() == lowered]
        return found or failobj

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: add_header('Content-Disposition', 'attachment',
        filename='a.txt'); a parameter with value None is written bare, '_' in a
        parameter name becomes '-'."""
        parts = [] if _value is None else [_value]
        for key, value in _params.items():
            key = key.replace('_', '-')
            parts.append(key if value is None else _formatparam(key, value))
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replace the first header of that name in place; KeyError when there is none."""
        lowered = _name.lower()
        for index, (key, _) in enumerate(self._headers):
            if key.lower() == lowered:
                self._headers[index] = self.policy.header_store_parse(key, _value)
                return
        raise KeyError(lowered)

    # ---- content type and parameters

    def get_content_type(self):
        """'maintype/subtype' in lower case: the default type when there is no valid
        Content-Type (text/plain when the header is there but invalid)."""
        value = self.get('content-type')
        if value is None:
            return self.get_default_type()
        kind = _splitparam(value)[0].lower()
        return kind if kind.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _raw_params(self, failobj, header):
        value = self.get(header)
        if value is None:
            return failobj
        params = []
        for piece in _param_pieces(value):
            name, sep, text = piece.partition('=')
            params.append((name.strip(), text.strip()) if sep else (piece.strip(), ''))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """[(name, value)] of a header's value and parameters (the first pair is the value
        itself with ''), or failobj when the header is missing."""
        params = self._raw_params(None, header)
        if params is None:
            return failobj
        if unquote:
            return [(name, _unquotevalue(value)) for name, value in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """A parameter's value (an RFC 2231 triple when encoded), or failobj."""
        if header not in self:
            return failobj
        lowered = param.lower()
        for name, value in self._raw_params(failobj, header):
            if name.lower() == lowered:
                return _unquotevalue(value) if unquote else value
        return failobj

    def _rewrite_params(self, header, params, requote, replace=False):
        value = SEMISPACE.join(_formatparam(name, text, requote) for name, text in params)
        if value != self.get(header):
            if replace:
                self.replace_header(header, value)
            else:
                del self[header]
                self[header] = value

    def set_param(self, param, value, header='Content-Type', requote=True, charset=None,
                  language='', replace=False):
        """Set (or add) a parameter of a header, text/plain standing for a missing
        Content-Type."""
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            current = 'text/plain'
        else:
            current = self.get(header)
        if not self.get_param(param, header=header):
            new = _formatparam(param, value, requote)
            if current:
                new = SEMISPACE.join([current, new])
            if new != self.get(header):
                if replace:
                    self.replace_header(header, new)
                else:
                    del self[header]
                    self[header] = new
            return
        lowered = param.lower()
        params = [(name, value if name.lower() == lowered else old)
                  for name, old in self.get_params(header=header, unquote=requote)]
        params = [(param if name.lower() == lowered else name, text) for name, text in params]
        self._rewrite_params(header, params, requote, replace)

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter from a header's value (nothing when absent)."""
        if header not in self:
            return
        lowered = param.lower()
        kept = [(name, value) for name, value in self.get_params(header=header, unquote=requote)
                if name.lower() != lowered]
        self._rewrite_params(header, kept, requote)

    def set_type(self, type, header='Content-Type', requote=True):
        """Set the maintype/subtype of a header, keeping its parameters."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        params = self.get_params(header=header, unquote=requote) or [None]
        del self[header]
        self[header] = type
        for name, value in params[1:]:
            self.set_param(name, value, header, requote)

    def get_filename(self, failobj=None):
        """Content-Disposition's filename, else Content-Type's name, or failobj."""
        missing = object()
        name = self.get_param('filename', missing, 'content-disposition')
        if name is missing:
            name = self.get_param('name', missing, 'content-type')
        if name is missing:
            return failobj
        return utils.collapse_rfc2231_value(name).strip()

    def get_boundary(self, failobj=None):
        """The multipart boundary, or failobj."""
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Set Content-Type's boundary parameter in place (HeaderParseError without a
        Content-Type)."""
        params = self._raw_params(None, 'content-type')
        if params is None:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        if any(name.lower() == 'boundary' for name, _ in params):
            params = [('boundary', quoted) if name.lower() == 'boundary' else (name, value)
                      for name, value in params]
        else:
            params.append(('boundary', quoted))
        value = SEMISPACE.join(name if text == '' else '%s=%s' % (name, text)
                               for name, text in params)
        self._headers = [self.policy.header_store_parse(key, value)
                         if key.lower() == 'content-type' else (key, old)
                         for key, old in self._headers]

    def get_content_charset(self, failobj=None):
        """The charset parameter in lower case, or failobj (also for a non-ASCII one)."""
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            try:
                charset = str(charset[2].encode('latin-1', 'backslashreplace'),
                              charset[0] or 'us-ascii')
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        return None if value is None else _splitparam(value)[0].lower()

    def walk(self):
        """The message and every part below it, depth first."""
        yield self
        if self.is_multipart():
            for part in self.get_payload():
                yield from part.walk()


class MIMEPart(Message):
    """A part under the default policy: set_content/get_content for text, iter_parts,
    get_body, the attachment helpers raise NotImplementedError."""

    def __init__(self, policy=None):
        if policy is None:  # looked up late: email.policy imports this module
            from email.policy import default as policy
        super().__init__(policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        """As Message.as_string, but lines are folded at the policy's length by default."""
        if policy is None:
            policy = self.policy
        width = policy.max_line_length if maxheaderlen is None else maxheaderlen
        return super().as_string(unixfrom, width, policy)

    def is_attachment(self):
        value = self.get('content-disposition')
        return value is not None and _splitparam(value)[0].lower() == 'attachment'

    def iter_parts(self):
        """The sub-parts of a multipart (nothing for other parts)."""
        if self.get_content_maintype() == 'multipart':
            yield from self.get_payload()

    def iter_attachments(self):
        for part in self.iter_parts():
            if part.is_attachment():
                yield part

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The best body part by preferencelist (a text part that is no attachment)."""
        best, best_rank = None, len(preferencelist)
        for rank, part in self._body_candidates(preferencelist):
            if rank < best_rank:
                best, best_rank = part, rank
                if rank == 0:
                    break
        return best

    def _body_candidates(self, preferencelist):
        if self.is_attachment():
            return
        maintype, subtype = self.get_content_type().split('/')
        if maintype == 'text' and subtype in preferencelist:
            yield preferencelist.index(subtype), self
            return
        if maintype != 'multipart' or not self.is_multipart():
            return
        if subtype == 'related' and 'related' in preferencelist:
            yield preferencelist.index('related'), self
        for part in self.iter_parts():
            yield from part._body_candidates(preferencelist)

    def get_content(self, *args, content_manager=None, **kw):
        """A text part's content as str (decoded with its charset)."""
        if self.get_content_maintype() != 'text' or args or kw or content_manager:
            raise NotImplementedError('email: get_content() of a non-text part is not '
                                      'available in closured')
        raw = self.get_payload(decode=True)
        charset = self.get_param('charset', 'ASCII')
        try:
            return raw.decode(charset, errors='replace')
        except LookupError:
            return raw.decode('utf-8', errors='replace')

    def set_content(self, *args, content_manager=None, **kw):
        """Set a str as the part's text/plain (or subtype=...) content, utf-8, 7bit when
        ASCII lines fit, else base64 as CPython chooses for long or non-ASCII text."""
        if content_manager is not None or len(args) != 1 or not isinstance(args[0], str) or \
                set(kw) - {'subtype', 'charset', 'cte', 'disposition', 'filename', 'params'}:
            raise NotImplementedError('email: set_content() of anything but str is not '
                                      'available in closured')
        text = args[0]
        if not text.endswith('\n'):
            text += '\n'
        text = '\n'.join(text.splitlines()) + '\n'
        for name in ('content-type', 'content-transfer-encoding', 'content-disposition'):
            del self[name]
        charset = kw.get('charset', 'utf-8')
        cte = kw.get('cte')
        ascii_text = text.isascii()
        longest = max(len(line) for line in text.splitlines())
        if cte is None:
            cte = '7bit' if ascii_text and longest <= self.policy.max_line_length else None
        if cte is None:
            raise NotImplementedError('email: set_content() of non-ASCII or long lines is '
                                      'not available in closured')
        if cte != '7bit':
            raise NotImplementedError('email: set_content(cte=%r) is not available in '
                                      'closured' % cte)
        self['Content-Type'] = 'text/%s; charset="%s"' % (kw.get('subtype', 'plain'),
                                                          'us-ascii' if charset == 'ascii'
                                                          else charset)
        self['Content-Transfer-Encoding'] = cte
        disposition, filename = kw.get('disposition'), kw.get('filename')
        if disposition is not None or filename is not None:
            self['Content-Disposition'] = disposition or 'attachment'
            if filename is not None:
                self.set_param('filename', filename, header='Content-Disposition',
                               replace=True)
        for name, value in (kw.get('params') or {}).items():
            self.set_param(name, value)
        self._payload = text

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(name, value) for name, value in self._headers
                         if not name.lower().startswith('content-')]
        self._payload = None

    def _unavailable(self, *args, **kw):
        raise NotImplementedError('email: making or adding multipart parts to an '
                                  'EmailMessage is not available in closured')

    make_related = make_alternative = make_mixed = _unavailable
    add_related = add_alternative = add_attachment = _unavailable


class EmailMessage(MIMEPart):
    """A message under the default policy (see MIMEPart for what is provided)."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
