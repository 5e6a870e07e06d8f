"""email.generator for closured: writes a message object out as text (Generator) or
bytes (BytesGenerator): headers through the policy's fold, a blank line, then the body
(multipart parts between their boundaries, message/* parts as nested messages)."""

import random
import re
import sys
import time
from copy import deepcopy
from io import BytesIO, StringIO

from email._policybase import _has_surrogates

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

NL = '\n'
_LINE_END = re.compile(r'\r\n|\r|\n')
_FROM_LINE = re.compile(r'^From ', re.MULTILINE)
_WIDTH = len(repr(sys.maxsize - 1))


class Generator:
    """Writes messages to outfp (a text stream)."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        self._fp = outfp
        self.policy = policy
        self.maxheaderlen = maxheaderlen
        # Unless told, '>' goes before body lines starting 'From ' as the policy says
        # (always when there is no policy).
        if mangle_from_ is None:
            mangle_from_ = policy is None or policy.mangle_from_
        self._mangle_from_ = mangle_from_

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write msg (with its 'From ' line when unixfrom; a made-up one if it has none)."""
        policy = msg.policy if self.policy is None else self.policy
        overrides = {}
        if linesep is not None:
            overrides['linesep'] = linesep
        if self.maxheaderlen is not None:
            overrides['max_line_length'] = self.maxheaderlen
        if overrides:
            policy = policy.clone(**overrides)
        self._NL = policy.linesep
        saved = self.policy, msg.policy
        self.policy = msg.policy = policy
        try:
            if unixfrom:
                line = msg.get_unixfrom() or 'From nobody ' + time.ctime(time.time())
                self.write(line + self._NL)
            self._write(msg)
        finally:
            self.policy, msg.policy = saved

    def clone(self, fp):
        """A generator like this one writing to fp."""
        return type(self)(fp, self._mangle_from_, None, policy=self.policy)

    def _new_buffer(self):
        return StringIO()

    def _encode(self, s):
        return s

    def _write(self, msg):
        # The body goes first to a buffer: writing it may choose a boundary or a
        # transfer encoding that the headers must then show.
        outer = self._fp
        self._munge_cte = None
        self._fp = body = self._new_buffer()
        try:
            self._dispatch(msg)
        finally:
            self._fp = outer
        if self._munge_cte:
            msg = deepcopy(msg)
            if msg.get('content-transfer-encoding') is None:
                msg['Content-Transfer-Encoding'] = self._munge_cte[0]
            else:
                msg.replace_header('content-transfer-encoding', self._munge_cte[0])
            msg.replace_header('content-type', self._munge_cte[1])
        writer = getattr(msg, '_write_headers', None)
        if writer is None:
            self._write_headers(msg)
        else:
            writer(self)
        self._fp.write(body.getvalue())

    def _dispatch(self, msg):
        maintype, subtype = msg.get_content_maintype(), msg.get_content_subtype()
        for name in ('%s_%s' % (maintype, subtype), maintype):
            handler = getattr(self, '_handle_' + name.replace('-', '_'), None)
            if handler is not None:
                return handler(msg)
        return self._writeBody(msg)

    def _write_headers(self, msg):
        for name, value in msg.raw_items():
            self.write(self.policy.fold(name, value))
        self.write(self._NL)

    def _write_lines(self, text):
        """text with each line ending written as the policy's."""
        if not text:
            return
        lines = _LINE_END.split(text)
        for line in lines[:-1]:
            self.write(line)
            self.write(self._NL)
        if lines[-1]:
            self.write(lines[-1])

    def _handle_text(self, msg):
        """A text body, its line ends made the policy's; escaped bytes in a body with a
        charset are first encoded for it (the headers then say how)."""
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, str):
            raise TypeError('string payload expected: %s' % type(payload))
        charset = msg.get_param('charset') if _has_surrogates(msg._payload) else None
        if charset is not None:
            msg = deepcopy(msg)
            del msg['content-transfer-encoding']
            msg.set_payload(msg._payload, charset)
            payload = msg.get_payload()
            self._munge_cte = (msg['content-transfer-encoding'], msg['content-type'])
        if self._mangle_from_:
            payload = _FROM_LINE.sub('>From ', payload)
        self._write_lines(payload)

    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        parts = msg.get_payload()
        if parts is None:
            parts = []
        elif isinstance(parts, str):
            self.write(parts)
            return
        elif not isinstance(parts, list):
            parts = [parts]
        texts = []
        for part in parts:
            buffer = self._new_buffer()
            self.clone(buffer).flatten(part, unixfrom=False, linesep=self._NL)
            texts.append(buffer.getvalue())
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._encode(self._NL).join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            preamble = msg.preamble
            if self._mangle_from_:
                preamble = _FROM_LINE.sub('>From ', preamble)
            self._write_lines(preamble)
            self.write(self._NL)
        self.write('--' + boundary + self._NL)
        for index, text in enumerate(texts):
            if index:
                self.write(self._NL + '--' + boundary + self._NL)
            self._fp.write(text)
        self.write(self._NL + '--' + boundary + '--' + self._NL)
        if msg.epilogue is not None:
            epilogue = msg.epilogue
            if self._mangle_from_:
                epilogue = _FROM_LINE.sub('>From ', epilogue)
            self._write_lines(epilogue)

    def _handle_multipart_signed(self, msg):
        # A signature covers the parts as they are: their headers are never refolded.
        saved = self.policy
        self.policy = saved.clone(max_line_length=0)
        try:
            self._handle_multipart(msg)
        finally:
            self.policy = saved

    def _handle_message_delivery_status(self, msg):
        blocks = []
        for part in msg.get_payload():
            buffer = self._new_buffer()
            self.clone(buffer).flatten(part, unixfrom=False, linesep=self._NL)
            text = buffer.getvalue()
            lines = text.split(self._encode(self._NL))
            if lines and lines[-1] == self._encode(''):
                text = self._encode(self._NL).join(lines[:-1])
            blocks.append(text)
        self._fp.write(self._encode(self._NL).join(blocks))

    def _handle_message(self, msg):
        payload = msg._payload
        if isinstance(payload, list):
            buffer = self._new_buffer()
            self.clone(buffer).flatten(msg.get_payload(0), unixfrom=False, linesep=self._NL)
            self._fp.write(buffer.getvalue())
        else:
            self._fp.write(self._encode(payload))

    @classmethod
    def _make_boundary(cls, text=None):
        """A fresh random boundary that no line of text (given) starts with."""
        boundary = '=' * 15 + '%0*d' % (_WIDTH, random.randrange(sys.maxsize)) + '=='
        if text is None:
            return boundary
        candidate, count = boundary, 0
        while cls._compile_re('^--' + re.escape(candidate) + '(--)?$', re.MULTILINE).search(text):
            candidate = '%s.%d' % (boundary, count)
            count += 1
        return candidate

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s, flags)


class BytesGenerator(Generator):
    """Writes messages to a binary stream; text kept as escaped bytes is written back as
    those bytes."""

    def _new_buffer(self):
        return BytesIO()

    def write(self, s):
        # Surrogate escapes stand for the undecodable bytes of a parsed message.
        self._fp.write(s.encode('ascii', 'surrogateescape'))

    def _encode(self, s):
        return s.encode('ascii')

    def _write_headers(self, msg):
        for name, value in msg.raw_items():
            self._fp.write(self.policy.fold_binary(name, value))
        self.write(self._NL)

    def _handle_text(self, msg):
        if msg._payload is None:
            return
        if _has_surrogates(msg._payload) and self.policy.cte_type != '7bit':
            payload = msg._payload
            if self._mangle_from_:
                payload = _FROM_LINE.sub('>From ', payload)
            self._write_lines(payload)
        else:
            super()._handle_text(msg)

    _writeBody = _handle_text

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s.encode('ascii'), flags)


class DecodedGenerator(Generator):
    """Writes the decoded text of a message's text parts (not available in closured)."""

    def __init__(self, *args, **kw):
        raise NotImplementedError('email.generator.DecodedGenerator is not available in '
                                  'closured')
