"""configparser for closured: INI-style configuration parsing and writing.

RawConfigParser and ConfigParser read sections of `name = value` options from
strings, dicts and line iterables (read_string, read_dict, read_file), look
values up through the section and the DEFAULT section with Basic (`%(name)s`)
or Extended (`${section:name}`) interpolation, convert them (getint, getfloat,
getboolean and custom converters), and write them back to a stream. Parsing
follows CPython's rules: indented continuation lines, inline and full-line
comments, strict duplicate checks, value-less options, errors gathered into
one ParsingError. read() opens files, which the runtime cannot do: every name
is skipped as unreadable and the list of files read is empty."""

import itertools
import re
import sys
from collections.abc import MutableMapping
from functools import partial
from io import StringIO

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10
_UNSET = object()


# ---- errors -----------------------------------------------------------------

class Error(Exception):
    """Base of the configparser errors; str() and repr() are the message."""

    def __init__(self, msg=''):
        Exception.__init__(self, msg)
        self.message = msg

    def __str__(self):
        return self.message

    __repr__ = __str__


class NoSectionError(Error):
    """No section of that name."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


def _where(source, lineno, what, rest):
    """The message of a duplicate: with its source (and line) when read, else bare."""
    if source is None:
        return what.capitalize() + ' ' + rest
    head = 'While reading from ' + repr(source)
    if lineno is not None:
        head += ' [line %2d]' % lineno
    return head + ': ' + what + ' ' + rest


class DuplicateSectionError(Error):
    """A section added twice (or repeated in one source of a strict parser)."""

    def __init__(self, section, source=None, lineno=None):
        Error.__init__(self, _where(source, lineno, 'section', repr(section) + ' already exists'))
        self.section, self.source, self.lineno = section, source, lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option repeated within one section of one source (strict parsers)."""

    def __init__(self, section, option, source=None, lineno=None):
        rest = '%r in section %r already exists' % (option, section)
        Error.__init__(self, _where(source, lineno, 'option', rest))
        self.args = (section, option, source, lineno)
        self.section, self.option = section, option
        self.source, self.lineno = source, lineno


class NoOptionError(Error):
    """The section has no such option (nor does DEFAULT)."""

    def __init__(self, option, section):
        Error.__init__(self, 'No option %r in section: %r' % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base of the errors raised while expanding a value."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.args = (option, section, msg)
        self.option, self.section = option, section


class InterpolationMissingOptionError(InterpolationError):
    """A reference names an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ('Bad value substitution: option %r in section %r contains an interpolation '
               'key %r which is not a valid option name. Raw value: %r'
               % (option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's interpolation syntax is malformed."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        msg = ('Recursion limit exceeded in value substitution: option %r in section %r '
               'contains an interpolation key which cannot be substituted in %d steps. '
               'Raw value: %r' % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """A source held lines that are neither headers, options nor continuations;
    `errors` lists (lineno, repr(line)) for each."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not filename and not source:
            raise ValueError("Required argument `source' not given.")
        if filename:
            source = filename
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option came before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# ---- interpolation ----------------------------------------------------------

class Interpolation:
    """No interpolation: values pass through unchanged."""

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_get(self, parser, section, option, value, defaults):
        return value


class _MarkerInterpolation(Interpolation):
    """Shared engine of Basic and Extended interpolation: `mark` starts a
    reference, `mark mark` is a literal mark, `mark open NAME close` a lookup."""

    mark = '%'
    opening = '('
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._expand(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        rest = self._KEYCRE.sub('', value.replace(self.mark * 2, ''))
        if self.mark in rest:
            raise ValueError('invalid interpolation syntax in %r at position %d'
                             % (value, rest.find(self.mark)))
        return value

    def _expand(self, parser, option, out, rest, section, mapping, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        mark = self.mark
        while rest:
            p = rest.find(mark)
            if p < 0:
                out.append(rest)
                return
            if p > 0:
                out.append(rest[:p])
                rest = rest[p:]
            c = rest[1:2]
            if c == mark:
                out.append(mark)
                rest = rest[2:]
            elif c == self.opening:
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section, 'bad interpolation variable reference %r' % rest)
                rest = rest[m.end():]
                self._reference(parser, option, out, section, mapping, depth, rawval,
                                m.group(1), rest)
            else:
                raise InterpolationSyntaxError(
                    option, section, "%r must be followed by %r or %r, found: %r"
                    % (mark, mark, self.opening, rest))


class BasicInterpolation(_MarkerInterpolation):
    """`%(name)s` names an option of the same section or of DEFAULT; `%%` is `%`."""

    mark = '%'
    opening = '('
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def _reference(self, parser, option, out, section, mapping, depth, rawval, name, rest):
        var = parser.optionxform(name)
        try:
            v = mapping[var]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, var) from None
        if '%' in v:
            self._expand(parser, option, out, v, section, mapping, depth + 1)
        else:
            out.append(v)


class ExtendedInterpolation(_MarkerInterpolation):
    """`${name}` names an option of the same section or DEFAULT, `${section:name}`
    one of another section; `$$` is `$`."""

    mark = '$'
    opening = '{'
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _reference(self, parser, option, out, section, mapping, depth, rawval, name, rest):
        path = name.split(':')
        sect = section
        opt = option
        try:
            if len(path) == 1:
                opt = parser.optionxform(path[0])
                v = mapping[opt]
            elif len(path) == 2:
                sect = path[0]
                opt = parser.optionxform(path[1])
                v = parser.get(sect, opt, raw=True)
            else:
                raise InterpolationSyntaxError(option, section,
                                               "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rawval,
                                                  ':'.join(path)) from None
        if '$' in v:
            self._expand(parser, opt, out, v, sect, dict(parser.items(sect, raw=True)),
                         depth + 1)
        else:
            out.append(v)


class _Lookup:
    """vars, then the section, then DEFAULT: the first mapping holding a key wins."""

    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False


# ---- parsers ----------------------------------------------------------------

class RawConfigParser(MutableMapping):
    """A configuration: sections of options, a DEFAULT section whose options
    every section sees, and no interpolation unless one is given."""

    _SECT_RE = re.compile(r"\[(?P<header>.+)\]")
    _NONSPACE_RE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        # option values by section; DEFAULT's apart, in _defaults
        self._sections, self._defaults = dict_type(), dict_type()
        # before any proxy: a proxy reads the converters to get its getters
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        delim = '|'.join(re.escape(d) for d in delimiters)
        if allow_no_value:
            opt = r"(?P<option>.*?)\s*(?:(?P<vi>" + delim + r")\s*(?P<value>.*))?$"
        else:
            opt = r"(?P<option>.*?)\s*(?P<vi>" + delim + r")\s*(?P<value>.*)$"
        self._optcre = re.compile(opt)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()  # None asks for no interpolation at all
        if not isinstance(interpolation, Interpolation):
            raise TypeError('interpolation= must be None or an instance of Interpolation;'
                            ' got an object of type %s' % (type(interpolation),))
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options --

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT excluded, in the order they were added."""
        return list(self._sections.keys())

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._proxies[section] = SectionProxy(self, section)
        self._sections[section] = self._dict()

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """The section's option names followed by DEFAULT's."""
        if section not in self._sections:
            raise NoSectionError(section)
        names = self._sections[section].copy()
        names.update(self._defaults)  # keeps the section's order, then DEFAULT's new names
        return list(names)

    def has_option(self, section, option):
        """True when the section or DEFAULT has the option (an empty or None
        section means DEFAULT; a missing section gives False)."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    def optionxform(self, optionstr):
        return optionstr.lower()

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        sectdict = self._section_dict(section)
        option = self.optionxform(option)
        if option in sectdict:
            del sectdict[option]
            return True
        return False

    def remove_section(self, section):
        if section in self._sections:
            del self._sections[section]
            del self._proxies[section]
            return True
        return False

    def _section_dict(self, section):
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    # -- reading --

    def read(self, filenames, encoding=None):
        """Reads the files that can be opened and returns their names. The
        runtime opens no file, so every name is skipped, as CPython skips
        files it cannot open."""
        if isinstance(filenames, (str, bytes)):
            filenames = [filenames]
        for _ in filenames:
            pass  # CPython skips a file open() refuses; here every file is refused
        return []

    def read_file(self, f, source=None):
        """Parses the lines `f` yields; `source` (else f.name, else '<???>') names it in errors."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Adds {section: {option: value}}; keys and values are made strings
        (None stays None)."""
        added = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in added:
                    raise
            added.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in added:
                    raise DuplicateOptionError(section, key, source)
                added.add((section, key))
                self.set(section, key, value)

    def _comment_start(self, line):
        """Where the line's comment starts: 0 for a full-line comment, the
        first inline prefix preceded by white space, else None."""
        start = sys.maxsize
        pending = {p: -1 for p in self._inline_comment_prefixes}
        while start == sys.maxsize and pending:
            found = {}
            for prefix, index in pending.items():
                index = line.find(prefix, index + 1)
                if index == -1:
                    continue
                found[prefix] = index
                if index == 0 or (index > 0 and line[index - 1].isspace()):
                    start = min(start, index)
            pending = found
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return 0
        return None if start == sys.maxsize else start

    def _read(self, fp, fpname):
        """Parses one source into the sections. Lines indented deeper than an
        option's first line continue its value; bad lines are gathered and
        raised together as one ParsingError at the end."""
        added = set()
        cursect = None
        sectname = None
        optname = None
        indent_level = 0
        error = None
        for lineno, line in enumerate(fp, start=1):
            comment_start = self._comment_start(line)
            value = line[:comment_start].strip()
            if not value:
                if self._empty_lines_in_values:
                    if (comment_start is None and cursect is not None and optname
                            and cursect[optname] is not None):
                        cursect[optname].append('')
                else:
                    indent_level = sys.maxsize
                continue
            first = self._NONSPACE_RE.search(line)
            cur_indent = first.start() if first else 0
            if cursect is not None and optname and cur_indent > indent_level:
                cursect[optname].append(value)
                continue
            indent_level = cur_indent
            mo = self._SECT_RE.match(value)
            if mo:
                sectname = mo.group('header')
                if sectname in self._sections:
                    if self._strict and sectname in added:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    cursect = self._sections[sectname]
                    added.add(sectname)
                elif sectname != self.default_section:
                    self._proxies[sectname] = SectionProxy(self, sectname)
                    cursect = self._sections[sectname] = self._dict()
                    added.add(sectname)
                else:
                    cursect = self._defaults
                optname = None
            elif cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            else:
                mo = self._optcre.match(value)
                if mo:
                    optname, optval = mo.group('option'), mo.group('value')
                    if not optname:
                        error = self._parse_error(error, fpname, lineno, line)
                    optname = self.optionxform(optname.rstrip())
                    if self._strict and (sectname, optname) in added:
                        raise DuplicateOptionError(sectname, optname, fpname, lineno)
                    added.add((sectname, optname))
                    cursect[optname] = None if optval is None else [optval.strip()]
                else:
                    error = self._parse_error(error, fpname, lineno, line)
        self._join_values()
        if error:
            raise error

    def _parse_error(self, error, fpname, lineno, line):
        if not error:
            error = ParsingError(fpname)
        error.append(lineno, repr(line))
        return error

    def _join_values(self):
        """Turns each value's list of lines into its text."""
        every = itertools.chain(((self.default_section, self._defaults),),
                                self._sections.items())
        for section, options in every:
            for name, val in options.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, val)

    def _read_defaults(self, defaults):
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    # -- getting --

    def _unify_values(self, section, vars):
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}
        given = {}
        for key, value in (vars or {}).items():
            given[self.optionxform(key)] = None if value is None else str(value)
        return _Lookup(given, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The option's value from vars, the section or DEFAULT, interpolated
        unless raw; `fallback` when the section or option is missing."""
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is not _UNSET:
                return fallback
            raise NoOptionError(option, section)
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, d)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET,
                   **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[value.lower()]

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, SectionProxy) pairs, DEFAULT first. With
        one: its (option, value) pairs, DEFAULT's included, interpolated unless raw."""
        if section is _UNSET:
            return MutableMapping.items(self)
        d = self._defaults.copy()
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        else:
            d.update(own)
        names = list(d.keys())
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        if raw:
            return [(name, d[name]) for name in names]
        return [(name, self._interpolation.before_get(self, section, name, d[name], d))
                for name in names]

    def popitem(self):
        """Removes and returns the first (name, SectionProxy); KeyError when none."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    # -- writing --

    def write(self, fp, space_around_delimiters=True):
        """Writes the configuration in INI form (comments are not kept)."""
        if space_around_delimiters:
            d = ' %s ' % self._delimiters[0]
        else:
            d = self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), d)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section].items(), d)

    def _write_section(self, fp, name, items, delimiter):
        fp.write('[%s]\n' % (name,))
        for key, value in items:
            value = self._interpolation.before_write(self, name, key, value)
            if value is not None or not self._allow_no_value:
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ''
            fp.write('%s%s\n' % (key, value))
        fp.write('\n')

    # -- the mapping of section names to SectionProxy objects --

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError('Cannot remove the default section.')
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        # the section's content is replaced, not merged
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __len__(self):
        return 1 + len(self._sections)  # DEFAULT counts

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __iter__(self):
        yield self.default_section
        yield from self._sections.keys()

    def _validate_value_types(self, *, section='', option='', value=''):
        if not isinstance(section, str):
            raise TypeError('section names must be strings')
        if not isinstance(option, str):
            raise TypeError('option keys must be strings')
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError('option values must be strings')

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """RawConfigParser with BasicInterpolation and string-only values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        held = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = held


class SectionProxy(MutableMapping):
    """A live view of one section as a mapping of option names to values."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            setattr(self, key, partial(self.get, _impl=getattr(parser, key)))

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __getitem__(self, key):
        parser = self._parser
        if parser.has_option(self._name, key):
            return parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        parser = self._parser
        parser._validate_value_types(option=key, value=value)
        return parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key)
                and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __iter__(self):
        return iter(self._options())

    def __len__(self):
        return len(self._options())

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value, or `fallback` (None) when missing."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's converters by name: setting `name` to a function adds
    get<name>() to the parser and to every section proxy."""

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for getter in dir(parser):
            if len(getter) > 3 and getter.startswith('get') and callable(getattr(parser, getter)):
                self._data[getter[3:]] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        getter = 'get' + key
        self._data[key] = value
        method = partial(self._parser._get_conv, conv=value)
        method.converter = value
        setattr(self._parser, getter, method)
        # every section proxy gets the getter too, bound to its section
        for proxy in self._parser.values():
            setattr(proxy, getter, partial(proxy.get, _impl=method))

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        getter = 'get' + key
        del self._data[key]
        for holder in itertools.chain((self._parser,), self._parser.values()):
            if getter in vars(holder):
                delattr(holder, getter)

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
