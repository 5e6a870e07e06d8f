"""xml.parsers.expat for closured: a non-validating XML parser with expat's
interface (ParserCreate, handler attributes, Parse, ParseFile, ExpatError
with expat's codes and messages), written in Python. Elements, attributes
(normalized as XML says), character data with the predefined, numeric and
internal (DOCTYPE-declared) entities, CDATA sections, comments, processing
instructions, the XML declaration and namespaces (namespace_separator) are
reported as expat reports them; the DOCTYPE itself is skipped, not
validated, and no external entity is ever read. Input is fed in pieces;
bytes are decoded as the declaration or ParserCreate's encoding says."""

import codecs as _codecs
import re as _re
import sys as _sys

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_NS', 0)]

_MESSAGES = [
    None, 'out of memory', 'syntax error', 'no element found',
    'not well-formed (invalid token)', 'unclosed token', 'partial character',
    'mismatched tag', 'duplicate attribute', 'junk after document element',
    'illegal parameter entity reference', 'undefined entity', 'recursive entity reference',
    'asynchronous entity', 'reference to invalid character number',
    'reference to binary entity', 'reference to external entity in attribute',
    'XML or text declaration not at start of entity', 'unknown encoding',
    'encoding specified in XML declaration is incorrect', 'unclosed CDATA section',
    'error in processing external entity reference', 'document is not standalone',
    'unexpected parser state - please send a bug report',
    'entity declared in parameter entity',
    'requested feature requires XML_DTD support in Expat',
    'cannot change setting once parsing has begun', 'unbound prefix',
    'must not undeclare prefix', 'incomplete markup in parameter entity',
    'XML declaration not well-formed', 'text declaration not well-formed',
    'illegal character(s) in public id', 'parser suspended', 'parser not suspended',
    'parsing aborted', 'parsing finished', 'cannot suspend in external parameter entity']

_SYNTAX, _NO_ELEMENTS, _INVALID_TOKEN, _UNCLOSED_TOKEN = 2, 3, 4, 5
_TAG_MISMATCH, _DUPLICATE_ATTRIBUTE, _JUNK_AFTER_DOC, _UNDEFINED_ENTITY = 7, 8, 9, 11
_BAD_CHAR_REF, _UNKNOWN_ENCODING, _UNCLOSED_CDATA, _UNBOUND_PREFIX = 14, 18, 20, 27
_MISPLACED_XML_PI, _XML_DECL = 17, 30


class _Errors:
    """expat.errors: each message under its XML_ERROR_ name, and codes and
    messages to map between them."""


errors = _Errors()
errors.__name__ = 'pyexpat.errors'
errors.codes = {}
errors.messages = {}
_NAMES = ('NO_MEMORY SYNTAX NO_ELEMENTS INVALID_TOKEN UNCLOSED_TOKEN PARTIAL_CHAR TAG_MISMATCH '
          'DUPLICATE_ATTRIBUTE JUNK_AFTER_DOC_ELEMENT PARAM_ENTITY_REF UNDEFINED_ENTITY '
          'RECURSIVE_ENTITY_REF ASYNC_ENTITY BAD_CHAR_REF BINARY_ENTITY_REF '
          'ATTRIBUTE_EXTERNAL_ENTITY_REF MISPLACED_XML_PI UNKNOWN_ENCODING INCORRECT_ENCODING '
          'UNCLOSED_CDATA_SECTION EXTERNAL_ENTITY_HANDLING NOT_STANDALONE UNEXPECTED_STATE '
          'ENTITY_DECLARED_IN_PE FEATURE_REQUIRES_XML_DTD CANT_CHANGE_FEATURE_ONCE_PARSING '
          'UNBOUND_PREFIX UNDECLARING_PREFIX INCOMPLETE_PE XML_DECL TEXT_DECL PUBLICID '
          'SUSPENDED NOT_SUSPENDED ABORTED FINISHED SUSPEND_PE').split()
for _i, _n in enumerate(_NAMES, 1):
    setattr(errors, 'XML_ERROR_' + _n, _MESSAGES[_i])
    errors.codes[_MESSAGES[_i]] = _i
    errors.messages[_i] = _MESSAGES[_i]
del _i, _n


class model:
    """expat.model: the content model constants."""
    XML_CTYPE_EMPTY, XML_CTYPE_ANY, XML_CTYPE_MIXED = 1, 2, 3
    XML_CTYPE_NAME, XML_CTYPE_CHOICE, XML_CTYPE_SEQ = 4, 5, 6
    XML_CQUANT_NONE, XML_CQUANT_OPT, XML_CQUANT_REP, XML_CQUANT_PLUS = 0, 1, 2, 3


def ErrorString(code):
    if 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


class ExpatError(Exception):
    pass


error = ExpatError
ExpatError.__module__ = 'xml.parsers.expat'

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

_NAME = r'(?:[A-Za-z_:]|[^\x00-\x7f])[^\s<>/=\'"!?&;,()\[\]{}#%*+`|^~$@]*'
_name_re = _re.compile(_NAME)
_start_re = _re.compile(r'<(' + _NAME + r')')
_attr_re = _re.compile(r'\s+(' + _NAME + r')\s*=\s*("[^"]*"|\'[^\']*\')')
_tag_end_re = _re.compile(r'\s*(/?)>')
_end_re = _re.compile(r'</(' + _NAME + r')\s*>')
_decl_attr_re = _re.compile(r'\s+(version|encoding|standalone)\s*=\s*("[^"]*"|\'[^\']*\')')
_ref_re = _re.compile(r'&(#[0-9]+|#x[0-9a-fA-F]+|' + _NAME + r');')
_entity_decl_re = _re.compile(
    r'<!ENTITY\s+(%\s+)?(' + _NAME + r')\s+(?:("[^"]*"|\'[^\']*\')|'
    r'(?:SYSTEM\s+("[^"]*"|\'[^\']*\')|PUBLIC\s+("[^"]*"|\'[^\']*\')\s+("[^"]*"|\'[^\']*\'))'
    r'(?:\s+NDATA\s+(' + _NAME + r'))?)\s*>')
_doctype_head_re = _re.compile(
    r'<!DOCTYPE\s+(' + _NAME + r')(?:\s+SYSTEM\s+("[^"]*"|\'[^\']*\')|'
    r'\s+PUBLIC\s+("[^"]*"|\'[^\']*\')\s+("[^"]*"|\'[^\']*\'))?\s*')
_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
# What an internal DTD subset may hold: declarations (quoted parts skipped
# whole), comments, processing instructions and parameter-entity references.
_subset_item_re = _re.compile(
    r'<!(?:ENTITY|ELEMENT|ATTLIST|NOTATION)\b(?:"[^"]*"|\'[^\']*\'|[^>"\'])*>'
    r'|<!--.*?-->|<\?.*?\?>|%' + _NAME + ';', _re.S)


class _Error(Exception):
    def __init__(self, code, pos):
        self.code = code
        self.pos = pos


_HANDLERS = ('StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
             'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
             'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
             'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
             'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
             'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
             'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
             'SkippedEntityHandler')


class xmlparser:
    """One document's parser: set handler attributes, then Parse()."""

    def __init__(self, encoding=None, namespace_separator=None):
        for name in _HANDLERS:
            object.__setattr__(self, name, None)
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.intern = {}
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self._encoding = encoding
        self._sep = namespace_separator
        self._decoder = None
        self._raw = b''
        self._buf = ''
        self._line = 1        # line and column where _buf starts
        self._col = 0
        self._at = 0          # position in _buf of the event being reported
        self._stack = []
        self._ns = [{}]
        self._ns_declared = []
        self._root_done = False
        self._started = False
        self._text = []
        self._entities = {}
        self._expanding = []
        self._in_cdata = False
        self._finished = False

    # Positions.
    def _where(self, pos):
        part = self._buf[:pos]
        lines = part.count('\n')
        if lines:
            return self._line + lines, len(part) - part.rfind('\n') - 1
        return self._line, self._col + len(part)

    @property
    def CurrentLineNumber(self):
        return self._where(self._at)[0]

    @property
    def CurrentColumnNumber(self):
        return self._where(self._at)[1]

    @property
    def CurrentByteIndex(self):
        return -1

    def _consume(self, pos):
        part = self._buf[:pos]
        lines = part.count('\n')
        if lines:
            self._line += lines
            self._col = len(part) - part.rfind('\n') - 1
        else:
            self._col += len(part)
        self._buf = self._buf[pos:]
        self._at = 0

    # Input.
    def Parse(self, data, isfinal=False):
        if self._finished:
            raise ExpatError('parsing finished: line %d, column %d'
                             % (self.ErrorLineNumber, self.ErrorColumnNumber))
        if isinstance(data, str):
            self._buf += data.replace('\r\n', '\n').replace('\r', '\n')
        else:
            self._feed_bytes(bytes(data), isfinal)
        try:
            self._run(isfinal)
        except _Error as err:
            self._fail(err.code, err.pos)
        if isfinal:
            self._finished = True
        return 1

    def ParseFile(self, file):
        while True:
            chunk = file.read(self.buffer_size)
            if not chunk:
                break
            self.Parse(chunk, False)
        return self.Parse(b'', True)

    def _feed_bytes(self, data, isfinal):
        if self._decoder is None:
            self._raw += data
            encoding = self._encoding
            raw = self._raw
            if encoding is None:
                if raw.startswith(_codecs.BOM_UTF8):
                    encoding = 'utf-8-sig'
                elif raw.startswith((_codecs.BOM_UTF16_LE, _codecs.BOM_UTF16_BE)):
                    encoding = 'utf-16'
                elif raw.startswith(b'<?xml'):
                    end = raw.find(b'?>')
                    if end < 0 and not isfinal:
                        return
                    match = _re.search(br'encoding\s*=\s*["\']([A-Za-z0-9._-]+)["\']',
                                       raw[:end if end >= 0 else len(raw)])
                    encoding = match.group(1).decode('ascii') if match else 'utf-8'
                elif len(raw) < 5 and not isfinal and b'<?xml'.startswith(raw):
                    return
                else:
                    encoding = 'utf-8'
            try:
                self._decoder = _codecs.getincrementaldecoder(encoding)()
            except LookupError:
                self._fail(_UNKNOWN_ENCODING, 0)
            data = raw
            self._raw = b''
        try:
            text = self._decoder.decode(data, isfinal)
        except UnicodeDecodeError as exc:
            # Parse what came before the bad byte, then report it there.
            good = data[:exc.start].decode(self._decoder.encoding if hasattr(
                self._decoder, 'encoding') else 'utf-8', 'ignore')
            self._buf += good.replace('\r\n', '\n').replace('\r', '\n')
            try:
                self._run(False)
            except _Error as err:
                self._fail(err.code, err.pos)
            self._fail(_INVALID_TOKEN, len(self._buf))
        self._buf += text.replace('\r\n', '\n').replace('\r', '\n')

    def _fail(self, code, pos):
        self._flush_text()
        line, col = self._where(pos)
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = col
        exc = ExpatError('%s: line %d, column %d' % (_MESSAGES[code], line, col))
        exc.code = code
        exc.lineno = line
        exc.offset = col
        raise exc

    # Character data.
    def _data(self, text):
        if not text:
            return
        if self.buffer_text:
            self._text.append(text)
        elif self.CharacterDataHandler is not None:
            self.CharacterDataHandler(text)

    def _flush_text(self):
        if self._text:
            text = ''.join(self._text)
            self._text = []
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler(text)

    def _chars(self, text, base):
        """Character data at _buf[base:]: references resolved; without
        buffer_text, reported a line and a reference at a time as expat does."""
        bad = text.find(']]>')
        if bad >= 0:
            raise _Error(_INVALID_TOKEN, base + bad)
        pos = 0
        while pos < len(text):
            amp = text.find('&', pos)
            chunk = text[pos:] if amp < 0 else text[pos:amp]
            if self.buffer_text:
                self._data(chunk)
            else:
                for line in chunk.splitlines(True):
                    if line.endswith('\n'):
                        self._data(line[:-1])
                        self._data('\n')
                    else:
                        self._data(line)
            if amp < 0:
                return
            match = _ref_re.match(text, amp)
            if not match:
                raise _Error(_INVALID_TOKEN, base + amp)
            ref = match.group(1)
            if ref in self._entities and ref not in _PREDEFINED:
                # An internal entity's text is parsed where it is referenced.
                if ref in self._expanding:
                    raise _Error(12, base + amp)
                self._expanding.append(ref)
                self._chars(self._entities[ref], base + amp)
                self._expanding.pop()
            else:
                self._data(self._resolve(ref, base + amp))
            pos = match.end()

    def _resolve(self, ref, pos):
        if ref[0] == '#':
            try:
                code = int(ref[2:], 16) if ref[1] == 'x' else int(ref[1:])
                if code == 0 or code > 0x10ffff or 0xd800 <= code < 0xe000:
                    raise ValueError
                return chr(code)
            except ValueError:
                raise _Error(_BAD_CHAR_REF, pos) from None
        if ref in _PREDEFINED:
            return _PREDEFINED[ref]
        if ref in self._entities:
            return self._attr_value(self._entities[ref], pos)
        raise _Error(_UNDEFINED_ENTITY, pos)

    def _attr_value(self, raw, pos):
        out = []
        i = 0
        while i < len(raw):
            ch = raw[i]
            if ch == '&':
                match = _ref_re.match(raw, i)
                if not match:
                    raise _Error(_INVALID_TOKEN, pos + i)
                out.append(self._resolve(match.group(1), pos + i))
                i = match.end()
                continue
            if ch == '<':
                raise _Error(_INVALID_TOKEN, pos + i)
            out.append(' ' if ch in '\t\n' else ch)
            i += 1
        return ''.join(out)

    # Markup.
    def _run(self, isfinal):
        buf = self._buf
        pos = 0
        if self._in_cdata:
            pos = self._cdata_text(buf, 0, isfinal)
        while True:
            buf = self._buf
            if pos >= len(buf) or self._in_cdata:
                break
            lt = buf.find('<', pos)
            if lt != pos:
                end = len(buf) if lt < 0 else lt
                if lt < 0 and not isfinal:
                    # Hold back a reference that may be cut off.
                    amp = buf.rfind('&', pos)
                    if amp >= 0 and ';' not in buf[amp:]:
                        end = amp
                if end > pos:
                    self._outside_text(buf[pos:end], pos)
                    pos = end
                if lt < 0:
                    break
                continue
            self._at = pos
            new = self._markup(buf, pos, isfinal)
            if new is None:
                break
            pos = new
        self._consume(pos)
        self._flush_text()
        if isfinal:
            if self._buf:
                raise _Error(_UNCLOSED_TOKEN, 0)
            self._flush_text()
            if self._stack or not self._root_done:
                raise _Error(_NO_ELEMENTS, 0)

    def _outside_text(self, text, pos):
        if self._stack:
            self._chars(text, pos)
            return
        if text.strip():
            raise _Error(_JUNK_AFTER_DOC if self._root_done else _SYNTAX,
                         pos + len(text) - len(text.lstrip()))
        if self.DefaultHandler is not None:
            self.DefaultHandler(text)

    def _markup(self, buf, pos, isfinal):
        """Handles the markup at buf[pos] ('<'); its end, or None when it is
        not complete yet."""
        if not isfinal:
            head = buf[pos:pos + 9]
            if len(head) < 9 and any(opening.startswith(head) and opening != head
                                     for opening in ('<!--', '<![CDATA[', '<!DOCTYPE', '<?', '</')):
                return None
        if buf.startswith('<!--', pos):
            end = buf.find('-->', pos + 4)
            if end < 0:
                return self._incomplete(pos, isfinal)
            dashes = buf.find('--', pos + 4)
            if dashes < end:
                raise _Error(_INVALID_TOKEN, dashes + 2)
            self._flush_text()
            if self.CommentHandler is not None:
                self.CommentHandler(buf[pos + 4:end])
            self._started = True
            return end + 3
        if buf.startswith('<![CDATA[', pos):
            if not self._stack:
                raise _Error(_INVALID_TOKEN, pos)
            end = buf.find(']]>', pos + 9)
            if end < 0 and len(buf) - pos < 9:
                return self._incomplete(pos, isfinal)
            if self.StartCdataSectionHandler is not None:
                self._flush_text()
                self.StartCdataSectionHandler()
            self._in_cdata = True
            return self._cdata_text(buf, pos + 9, isfinal)
        if False:
            pass
        if buf.startswith('<!DOCTYPE', pos):
            return self._doctype(buf, pos, isfinal)
        if buf.startswith('<?', pos):
            end = buf.find('?>', pos + 2)
            if end < 0:
                return self._incomplete(pos, isfinal)
            body = buf[pos + 2:end]
            match = _name_re.match(body)
            if not match:
                raise _Error(_INVALID_TOKEN, pos + 2)
            target = match.group()
            after = body[len(target):len(target) + 1]
            if after and after not in ' \t\n':
                raise _Error(_INVALID_TOKEN, pos + 2 + len(target))
            if target.lower() == 'xml':
                if self._root_done:
                    raise _Error(_JUNK_AFTER_DOC, pos)
                if target != 'xml' or self._started or pos != 0 or self._line != 1:
                    raise _Error(_MISPLACED_XML_PI, pos)
                self._xml_decl(body[3:], pos)
            else:
                self._flush_text()
                if self.ProcessingInstructionHandler is not None:
                    self.ProcessingInstructionHandler(target, body[len(target):].lstrip())
            self._started = True
            return end + 2
        if buf.startswith('</', pos):
            match = _end_re.match(buf, pos)
            if not match:
                if '>' not in buf[pos:] and not isfinal:
                    return None
                raise _Error(_INVALID_TOKEN, pos + 2)
            name = match.group(1)
            if not self._stack or self._stack[-1] != name:
                raise _Error(_TAG_MISMATCH, pos + 2)
            self._end_element(name)
            return match.end()
        match = _start_re.match(buf, pos)
        if not match:
            if pos + 1 >= len(buf) and not isfinal:
                return None
            raise _Error(_INVALID_TOKEN, pos + 1)
        return self._start_tag(buf, pos, match, isfinal)

    def _cdata_text(self, buf, pos, isfinal):
        """The text of a CDATA section from buf[pos] to its end (reported as it
        is fed: what is there now, less a possible start of ']]>')."""
        end = buf.find(']]>', pos)
        if end < 0:
            if isfinal:
                self._cdata_chars(buf[pos:])
                self._flush_text()
                raise _Error(_UNCLOSED_CDATA, len(buf))
            keep = len(buf)
            while keep > pos and buf[keep - 1] == ']' and len(buf) - keep < 2:
                keep -= 1
            self._cdata_chars(buf[pos:keep])
            return keep
        self._cdata_chars(buf[pos:end])
        self._in_cdata = False
        if self.EndCdataSectionHandler is not None:
            self._flush_text()
            self.EndCdataSectionHandler()
        return end + 3

    def _cdata_chars(self, text):
        if self.buffer_text:
            self._data(text)
            return
        for line in text.splitlines(True):
            if line.endswith('\n'):
                self._data(line[:-1])
                self._data('\n')
            else:
                self._data(line)

    def _incomplete(self, pos, isfinal):
        if isfinal:
            raise _Error(_UNCLOSED_TOKEN, pos)
        return None

    def _xml_decl(self, text, pos):
        values = {}
        rest = text
        while True:
            match = _decl_attr_re.match(rest)
            if not match:
                break
            values[match.group(1)] = match.group(2)[1:-1]
            rest = rest[match.end():]
        if rest.strip() or 'version' not in values:
            raise _Error(_XML_DECL, pos)
        if not _re.match(r'[A-Za-z0-9_.:-]+$', values['version']) or (
                'encoding' in values and not _re.match(r'[A-Za-z][A-Za-z0-9._-]*$',
                                                       values['encoding'])) or (
                values.get('standalone', 'yes') not in ('yes', 'no')):
            raise _Error(_XML_DECL, pos)
        self._started = True
        if self.XmlDeclHandler is not None:
            standalone = values.get('standalone')
            flag = -1 if standalone is None else int(standalone == 'yes')
            self._flush_text()
            self.XmlDeclHandler(values['version'], values.get('encoding'), flag)

    def _doctype(self, buf, pos, isfinal):
        match = _doctype_head_re.match(buf, pos)
        if not match:
            if '>' not in buf[pos:] and not isfinal:
                return None
            raise _Error(_SYNTAX, pos)
        end = match.end()
        subset = None
        if buf.startswith('[', end):
            close = buf.find(']', end)
            while close >= 0 and not _re.match(r'\]\s*>', buf[close:]):
                close = buf.find(']', close + 1)
            if close < 0:
                return self._incomplete(pos, isfinal)
            subset = buf[end + 1:close]
            end = buf.find('>', close) + 1
        elif buf.startswith('>', end):
            end += 1
        else:
            if not isfinal and '>' not in buf[end:]:
                return None
            raise _Error(_SYNTAX, end)
        self._flush_text()
        name = match.group(1)
        sysid = match.group(2) or match.group(4)
        pubid = match.group(3)
        if self.StartDoctypeDeclHandler is not None:
            self.StartDoctypeDeclHandler(name, sysid and sysid[1:-1], pubid and pubid[1:-1],
                                         int(subset is not None))
        if subset is not None:
            rest = _subset_item_re.sub(lambda m: ' ' * len(m.group()), subset)
            stray = _re.search(r'\S', rest)
            if stray:
                raise _Error(_INVALID_TOKEN, match.end() + 1 + stray.start())
            for decl in _entity_decl_re.finditer(subset):
                param, ename, value, system, public, public_sys, notation = decl.groups()
                if value is not None and not param:
                    self._entities.setdefault(ename, value[1:-1])
                if self.EntityDeclHandler is not None:
                    sys_id = system or public_sys
                    self.EntityDeclHandler(ename, int(bool(param)),
                                           value[1:-1] if value is not None else None, None,
                                           sys_id and sys_id[1:-1], public and public[1:-1],
                                           notation)
        if self.EndDoctypeDeclHandler is not None:
            self.EndDoctypeDeclHandler()
        self._started = True
        return end

    def _start_tag(self, buf, pos, match, isfinal):
        name = match.group(1)
        at = match.end()
        attrs = []
        seen = set()
        while True:
            amatch = _attr_re.match(buf, at)
            if not amatch:
                break
            aname = amatch.group(1)
            if aname in seen:
                raise _Error(_DUPLICATE_ATTRIBUTE, amatch.start(1))
            seen.add(aname)
            attrs.append((aname, self._attr_value(amatch.group(2)[1:-1], amatch.start(2) + 1)))
            at = amatch.end()
        tail = _tag_end_re.match(buf, at)
        if not tail:
            if '>' not in buf[at:] and not isfinal:
                return None
            partial = _re.compile(r'\s+' + _NAME + r'\s*=\s*').match(buf, at)
            if partial:
                bad = partial.end()
            else:
                bad = at
                while bad < len(buf) and buf[bad] in ' \t\n':
                    bad += 1
            raise _Error(_INVALID_TOKEN, bad)
        if self._root_done and not self._stack:
            raise _Error(_JUNK_AFTER_DOC, pos)
        self._flush_text()
        self._started = True
        self._start_element(name, attrs, pos)
        if tail.group(1):
            self._end_element(name)
        return tail.end()

    def _start_element(self, name, attrs, pos):
        declared = []
        if self._sep is not None:
            scope = dict(self._ns[-1])
            plain = []
            for aname, value in attrs:
                if aname == 'xmlns' or aname.startswith('xmlns:'):
                    prefix = aname[6:] or None
                    scope[prefix] = value
                    declared.append(prefix)
                    if self.StartNamespaceDeclHandler is not None:
                        self.StartNamespaceDeclHandler(prefix, value or None)
                else:
                    plain.append((aname, value))
            self._ns.append(scope)
            name = self._qualify(name, scope, True, pos - 1)
            attrs = [(self._qualify(a, scope, False, pos), v) for a, v in plain]
        self._ns_declared.append(declared)
        self._stack.append(name if self._sep is None else self._raw_names[-1])
        if self.StartElementHandler is not None:
            if self.ordered_attributes:
                flat = []
                for aname, value in attrs:
                    flat.append(aname)
                    flat.append(value)
                self.StartElementHandler(name, flat)
            else:
                self.StartElementHandler(name, dict(attrs))
        self._names.append(name)

    _raw_names = None
    _names = None

    def _qualify(self, qname, scope, is_element, pos):
        prefix, colon, local = qname.partition(':')
        if is_element:
            self._raw_names = (self._raw_names or []) + [qname]
        if not colon:
            if is_element and scope.get(None):
                return scope[None] + self._sep + qname
            return qname
        if prefix not in scope:
            raise _Error(_UNBOUND_PREFIX, pos + 1)
        if self.namespace_prefixes:
            return scope[prefix] + self._sep + local + self._sep + prefix
        return scope[prefix] + self._sep + local

    def _end_element(self, raw_name):
        self._flush_text()
        self._stack.pop()
        name = self._names.pop()
        if self._sep is not None:
            self._raw_names.pop()
        if self.EndElementHandler is not None:
            self.EndElementHandler(name)
        if self._sep is not None:
            self._ns.pop()
        for prefix in reversed(self._ns_declared.pop()):
            if self.EndNamespaceDeclHandler is not None:
                self.EndNamespaceDeclHandler(prefix)
        if not self._stack:
            self._root_done = True

    def __setattr__(self, name, value):
        if name == 'buffer_text' and not value and getattr(self, '_text', None):
            self._flush_text()
        object.__setattr__(self, name, value)

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return getattr(self, '_base', None)

    def GetReparseDeferralEnabled(self):
        return False

    def SetReparseDeferralEnabled(self, enabled):
        pass

    def ExternalEntityParserCreate(self, context, encoding=None):
        raise ExpatError('closured reads no external entity')


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    if namespace_separator is not None and len(namespace_separator) > 1:
        raise ValueError('namespace_separator must be at most one character, omitted, or None')
    parser = xmlparser(encoding, namespace_separator)
    parser._names = []
    return parser


XMLParserType = xmlparser
