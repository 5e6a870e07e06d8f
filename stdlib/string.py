"""string for closured: the character-class constants, capwords, and
Template ($-substitution)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

# the ASCII character classes, each in code point order
digits = ''.join(map(chr, range(0x30, 0x3a)))
octdigits = digits[:8]
ascii_lowercase = ''.join(map(chr, range(0x61, 0x7b)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
whitespace = ' \t\n\r\x0b\x0c'
# the printable ASCII characters that are neither letters, digits nor space
punctuation = ''.join(c for c in map(chr, range(0x21, 0x7f)) if not c.isalnum())
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s on sep, capitalizes each word and joins them back."""
    return (sep or ' ').join(w.capitalize() for w in s.split(sep))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


def _invalid_at(template, at):
    """The error for a bad placeholder whose delimiter ends just before at:
    its line (any line break counts, as for str.splitlines) and the column
    of at's character, both from 1."""
    lines = template[:at].splitlines(keepends=True)
    lineno = max(len(lines), 1)
    colno = at - len(''.join(lines[:-1])) if lines else 1
    raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))


class Template:
    """Template('$who likes ${what}').substitute(who='tim', what='ham');
    $$ is a dollar sign.

    The default syntax is scanned by hand (no `re` import). A subclass that
    changes idpattern, braceidpattern, flags or pattern gets CPython's regular
    expression, compiled when the subclass is made, and the substitutions go
    through it. flags is the int 2 (re.IGNORECASE's value) so that `string`
    does not import `re`."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2
    pattern = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if 'pattern' in cls.__dict__ and cls.pattern is not None:
            source = cls.pattern
        elif (cls.idpattern == Template.idpattern and cls.braceidpattern is None
              and cls.flags == Template.flags and cls.pattern is None):
            return  # the hand scanner handles it, whatever the delimiter
        else:
            import re
            delim = re.escape(cls.delimiter)
            bid = cls.braceidpattern or cls.idpattern
            source = (r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                      % (delim, delim, cls.idpattern, bid))
        import re
        if isinstance(source, str):
            cls.pattern = re.compile(source, cls.flags | re.VERBOSE)
        else:
            cls.pattern = source

    def _invalid(self, mo):
        _invalid_at(self.template, mo.start('invalid'))

    def _sub_pattern(self, mapping, safe):
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if safe:
                    try:
                        return str(mapping[named])
                    except KeyError:
                        return mo.group()
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        d = self.delimiter
        while i < n:
            c = s[i]
            if c != d:
                out.append(c)
                i += 1
                continue
            start = i
            i += 1
            if i < n and s[i] == d:
                out.append(d)
                i += 1
                continue
            braced = i < n and s[i] == '{'
            j = i + 1 if braced else i
            k = j
            if k < n and _is_ident_start(s[k]):
                k += 1
                while k < n and _is_ident_char(s[k]):
                    k += 1
            name = s[j:k]
            if not name or (braced and (k >= n or s[k] != '}')):
                if safe:
                    out.append(d)
                    i = start + 1
                    continue
                _invalid_at(s, start + 1)
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[start:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, **kws):
        if self.pattern is not None:
            return self._sub_pattern(_merge(mapping, kws), False)
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, **kws):
        if self.pattern is not None:
            return self._sub_pattern(_merge(mapping, kws), True)
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        ids = []
        if self.pattern is not None:
            for mo in self.pattern.finditer(self.template):
                named = mo.group('named') or mo.group('braced')
                if named is not None and named not in ids:
                    ids.append(named)
                elif (named is None and mo.group('invalid') is None
                      and mo.group('escaped') is None):
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return ids
        s = self.template
        i = 0
        while i < len(s):
            if s[i] == self.delimiter:
                i += 1
                if i < len(s) and s[i] == self.delimiter:
                    i += 1
                    continue
                braced = i < len(s) and s[i] == '{'
                j = i + 1 if braced else i
                k = j
                while k < len(s) and _is_ident_char(s[k]) and (k > j or _is_ident_start(s[k])):
                    k += 1
                if s[j:k] and s[j:k] not in ids:
                    ids.append(s[j:k])
                i = k
            else:
                i += 1
        return ids

    def is_valid(self):
        if self.pattern is not None:
            for mo in self.pattern.finditer(self.template):
                if mo.group('invalid') is not None:
                    return False
                if (mo.group('named') is None and mo.group('braced') is None
                        and mo.group('escaped') is None):
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return True
        try:
            self._scan({}, False)
        except ValueError:
            return False
        except KeyError:
            pass
        return True


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged


class Formatter:
    """str.format as an object whose steps a subclass can replace: parse() splits the
    format string, get_field()/get_value() find each argument, convert_field() applies
    !r/!s/!a, format_field() formats it, check_unused_args() sees what was left over."""

    def vformat(self, format_string, args, kwargs):
        # the keys and indexes used, for check_unused_args; fields nest two deep
        used_args = set()
        text = self._vformat(format_string, args, kwargs, used_args, 2)[0]
        self.check_unused_args(used_args, args, kwargs)
        return text

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            # automatic numbering ({}) and explicit numbers ({0}) do not mix
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # the spec may hold fields of its own: {0:{1}}
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Unused arguments are allowed; a subclass may refuse them here."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece of
        format_string; the last three are None after literal text with no field."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _parse_format(s):
    n = len(s)
    i = 0
    while i < n:
        # literal text up to the next brace
        start = i
        brace = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                brace = c
                break
        at_end = i >= n
        end = i
        if brace == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and brace == '{':
            raise ValueError("Single '{' encountered in format string")
        field_follows = bool(brace)
        if brace:  # not at the end (checked above)
            if s[i] == brace:  # a doubled brace is literal text, the first of the two kept
                i += 1
                field_follows = False
            else:
                end -= 1
        literal = s[start:end]
        if not field_follows:
            yield literal, None, None, None
            continue
        name, spec, conversion, i = _parse_field(s, i)
        yield literal, name, spec, conversion


def _parse_field(s, i):
    # The field starting at s[i] (after its '{'): (name, spec, conversion, index after its
    # '}'). The name runs to '}', ':' or '!' (an index in [] may hold them); then !c, then
    # :spec, whose own braces nest.
    n = len(s)
    start = i
    c = ''  # the character that ended the name; stays '' when the string ends first
    while i < n:
        ch = s[i]
        i += 1
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if ch == '}' or ch == ':' or ch == '!':
            c = ch
            break
    name = s[start:i - 1]
    if c == '}':
        return name, '', None, i
    if c != ':' and c != '!':
        raise ValueError("expected '}' before end of string")
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        ch = s[i]
        i += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    # "a.b[0]" -> ("a", iterator of (True, "b"), (False, 0)); a number names a positional
    # argument. The rest is checked as it is walked, after the first part was looked up.
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    return first, _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError('Empty attribute in format string')
            yield True, name[start:i]
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            i += 1
            if key == '':
                raise ValueError('Empty attribute in format string')
            yield False, int(key) if key.isdigit() else key
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
