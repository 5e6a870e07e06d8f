"""argparse: command-line parsing with CPython 3.11's API, help text and errors.

An ArgumentParser holds actions (one per add_argument call): positionals
are matched by position, optionals by their option strings ('-v',
'--verbose', abbreviations of long options, '--opt=value', '-xVALUE' and
combined short flags '-abc'). parse_args(argv) matches every argument string
to an action, as CPython does: each string is classified 'O' (an option) or
'A' (an argument), and a regular expression per action's nargs says how
many of the following 'A's it takes. The values are converted with the
action's type, checked against its choices and stored on a Namespace.

Errors print the usage line and "PROG: error: MESSAGE" on sys.stderr and
raise SystemExit(2); -h prints the help and raises SystemExit(0). Help and
usage are laid out by HelpFormatter exactly as CPython's (its width comes
from the COLUMNS environment variable, else 80 columns, as CPython's when
the output is not a terminal).

Not provided: fromfile_prefix_chars reading files (closured opens none),
FileType for anything but '-', parse_intermixed_args, gettext translation.
"""

import os
import re
import sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction",
           "FileType", "HelpFormatter", "ArgumentDefaultsHelpFormatter",
           "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "MetavarTypeHelpFormatter",
           "Namespace", "Action", "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS",
           "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."
_UNRECOGNIZED_ARGS_ATTR = "_unrecognized_args"


def _(text):
    return text


def ngettext(singular, plural, n):
    return singular if n == 1 else plural


# ---- reprs and namespaces ----------------------------------------------------------------


class _AttributeHolder(object):
    """A repr listing _get_args() and then _get_kwargs() as name=value."""

    def __repr__(self):
        parts = [repr(a) for a in self._get_args()]
        starred = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                parts.append("%s=%r" % (name, value))
            else:
                starred[name] = value
        if starred:
            parts.append("**%s" % repr(starred))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The parsed values, one attribute per destination."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__  # the attributes set, by name


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


def _get_action_name(argument):
    """How an error message names an action: its option strings joined by
    '/', else its metavar, dest or choices."""
    if argument is None:
        return None
    if argument.option_strings:
        return "/".join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return "{" + ",".join(argument.choices) + "}"
    return None


class ArgumentError(Exception):
    """A command-line error about one argument (or none)."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function: its text becomes the error message."""


# ---- help formatting ---------------------------------------------------------------------


def _wrap(text, width):
    import textwrap
    return textwrap.wrap(text, width)


def _squash(text):
    """Runs of ASCII whitespace made one space, ends stripped."""
    return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip()


class HelpFormatter(object):
    """Lays out usage and help text: items are added in order (usage, text,
    sections of arguments) and format_help() renders them. A section's
    items are indented by indent_increment; an action's help starts at
    column max_help_position at most."""

    class _Section(object):
        def __init__(self, formatter, parent, heading=None):
            self.formatter, self.parent, self.heading = formatter, parent, heading
            self.items = []  # (function, arguments) pairs that write the section's parts

        def format_help(self):
            fm = self.formatter
            if self.parent is not None:
                fm._indent()
            body = fm._join_parts([func(*args) for func, args in self.items])
            if self.parent is not None:
                fm._dedent()
            if not body:
                return ""
            heading = ""
            if self.heading is not SUPPRESS and self.heading is not None:
                heading = "%*s%s:\n" % (fm._current_indent, "", self.heading)
            return fm._join_parts(["\n", heading, body, "\n"])

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._width = width
        self._indent_increment = indent_increment
        # help texts start at this column at most (less on a narrow terminal)
        self._max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self._action_max_length = 0
        self._current_indent = self._level = 0
        self._current_section = self._root_section = self._Section(self, None)

    def _shift(self, levels):
        self._level += levels
        self._current_indent += levels * self._indent_increment

    def _indent(self):
        self._shift(1)

    def _dedent(self):
        self._shift(-1)

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # -- what the parser adds --

    def start_section(self, heading):
        # a section is an item of its parent, formatted (with its items) when that is
        self._indent()
        inner = self._Section(self, self._current_section, heading)
        self._add_item(inner.format_help, [])
        self._current_section = inner

    def end_section(self):
        self._dedent()
        self._current_section = self._current_section.parent

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        lengths = [len(self._format_action_invocation(action))]
        for sub in self._iter_indented_subactions(action):
            lengths.append(len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length,
                                      max(lengths) + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = re.sub(r"\n\n\n+", "\n\n", text)
            text = text.strip("\n") + "\n"
        return text

    def _join_parts(self, parts):
        return "".join([p for p in parts if p and p is not SUPPRESS])

    # -- usage --

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _("usage: ")
        prog = "%(prog)s" % dict(prog=self._prog)
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            usage = " ".join([s for s in (prog, self._format_actions_usage(
                optionals + positionals, groups)) if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                usage = self._wrap_usage(prefix, prog, optionals, positionals, groups,
                                         text_width)
        return "%s%s\n\n" % (prefix, usage)

    def _wrap_usage(self, prefix, prog, optionals, positionals, groups, text_width):
        """The usage split over lines: bracketed groups stay whole, options
        before positionals, continuation lines aligned after the program
        name (or under the prefix when the name is long)."""
        part_re = r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+"
        opt_parts = re.findall(part_re, self._format_actions_usage(optionals, groups))
        pos_parts = re.findall(part_re, self._format_actions_usage(positionals, groups))

        def lines_of(parts, indent, first_prefix=None):
            lines = []
            line = []
            used = (len(first_prefix) if first_prefix is not None else len(indent)) - 1
            for part in parts:
                if used + 1 + len(part) > text_width and line:
                    lines.append(indent + " ".join(line))
                    line = []
                    used = len(indent) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = lines_of([prog] + opt_parts, indent, prefix)
                lines.extend(lines_of(pos_parts, indent))
            elif pos_parts:
                lines = lines_of([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            lines = lines_of(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = lines_of(opt_parts, indent) + lines_of(pos_parts, indent)
            lines = [prog] + lines
        return "\n".join(lines)

    def _format_actions_usage(self, actions, groups):
        # where mutually exclusive groups open, separate and close: inserts[i]
        # goes before actions[i]
        in_group = set()
        inserts = {}
        for group in groups:
            if not group._group_actions:
                raise ValueError("empty group %s" % (group,))
            if group._group_actions[0] not in actions:
                continue
            start = actions.index(group._group_actions[0])
            end = start + len(group._group_actions)
            if actions[start:end] != group._group_actions:
                continue
            hidden = 0
            for action in group._group_actions:
                in_group.add(action)
                if action.help is SUPPRESS:
                    hidden += 1
            shown = len(group._group_actions) - hidden
            if not group.required:
                opener, closer = "[", "]"
            elif shown > 1:
                opener, closer = "(", ")"
            else:
                opener = closer = None
            if opener:
                inserts[start] = inserts[start] + " " + opener if start in inserts else opener
                inserts[end] = inserts[end] + closer if end in inserts else closer
            for i in range(start + 1, end):
                inserts[i] = "|"
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == "|":
                    inserts.pop(i)
                elif inserts.get(i + 1) == "|":
                    inserts.pop(i + 1)
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in in_group and part[0] == "[" and part[-1] == "]":
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    part = "%s %s" % (action.option_strings[0], self._format_args(
                        action, self._get_default_metavar_for_optional(action)))
                if not action.required and action not in in_group:
                    part = "[%s]" % part
                parts.append(part)
        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]
        text = " ".join([p for p in parts if p is not None])
        text = re.sub(r"([\[(]) ", r"\1", text)
        text = re.sub(r" ([\])])", r"\1", text)
        text = re.sub(r"[\[(] *[\])]", r"", text)
        return text.strip()

    # -- text and actions --

    def _format_text(self, text):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, " " * self._current_indent) + "\n\n"

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            header = "%*s%s\n" % (self._current_indent, "", header)
        elif len(header) <= action_width:
            header = "%*s%-*s  " % (self._current_indent, "", action_width, header)
            indent_first = 0
        else:
            header = "%*s%s\n" % (self._current_indent, "", header)
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append("%*s%s\n" % (indent_first, "", lines[0]))
                for line in lines[1:]:
                    parts.append("%*s%s\n" % (help_position, "", line))
        elif not header.endswith("\n"):
            parts.append("\n")
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ", ".join(["%s %s" % (s, args) for s in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def fmt(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return fmt

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return "%s" % get(1)
        if nargs == OPTIONAL:
            return "[%s]" % get(1)
        if nargs == ZERO_OR_MORE:
            metavar = get(1)
            if len(metavar) == 2:
                return "[%s [%s ...]]" % metavar
            return "[%s ...]" % metavar
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % get(2)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % get(1)
        if nargs == SUPPRESS:
            return ""
        try:
            formats = ["%s" for _ in range(nargs)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return " ".join(formats) % get(nargs)

    def _expand_help(self, action):
        # the names help may use: the action's attributes (functions and classes by
        # name, SUPPRESS ones left out) and %(prog)s
        params = {}
        for name, value in dict(vars(action), prog=self._prog).items():
            if value is not SUPPRESS:
                params[name] = value.__name__ if hasattr(value, "__name__") else value
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        """A subparsers action's choices, formatted one level deeper: the
        formatter stays indented while the caller's loop runs."""
        get = getattr(action, "_get_subactions", None)
        if get is not None:
            self._indent()
            yield from get()
            self._dedent()

    def _split_lines(self, text, width):
        return _wrap(_squash(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squash(text), width, initial_indent=indent,
                             subsequent_indent=indent)

    # hooks of the formatter classes below

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's line breaks."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text's line breaks."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to each argument's help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments by their type's name."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


def _terminal_columns():
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    return columns if columns > 0 else 80


# ---- actions -----------------------------------------------------------------------------


class Action(_AttributeHolder):
    """What to do with an argument's strings: __call__(parser, namespace,
    values, option_string) stores the converted values."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs, self.const, self.default = nargs, const, default
        self.type, self.choices, self.required = type, choices, required
        self.help, self.metavar = help, metavar

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_(".__call__() not defined"))


class BooleanOptionalAction(Action):
    """--flag / --no-flag."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith("--"):
                strings.append("--no-" + s[2:])
        Action.__init__(self, option_strings=strings, dest=dest, nargs=0, default=default,
                        type=type, choices=choices, required=required, help=help,
                        metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more "
                             "appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        Action.__init__(self, option_strings=option_strings, dest=dest, nargs=nargs,
                        const=const, default=default, type=type, choices=choices,
                        required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings=option_strings, dest=dest, nargs=0, const=const,
                        default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings=option_strings, dest=dest, const=True,
                                   default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings=option_strings, dest=dest, const=False,
                                   default=default, required=required, help=help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not "
                             "supplying the value to append, the append const action may be "
                             "more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        Action.__init__(self, option_strings=option_strings, dest=dest, nargs=nargs,
                        const=const, default=default, type=type, choices=choices,
                        required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings=option_strings, dest=dest, nargs=0, const=const,
                        default=default, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings=option_strings, dest=dest, nargs=0,
                        default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        # a default of None counts from 0
        seen = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if seen is None else seen + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings=option_strings, dest=dest, default=default,
                        nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings=option_strings, dest=dest, default=default,
                        nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        # the text is formatted like a description (wrapped), printed to stdout
        formatter = parser._get_formatter()
        formatter.add_text(parser.version if self.version is None else self.version)
        parser._print_message(formatter.format_help(), sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The sub-command positional: its first string picks a parser, which
    parses the rest into the same namespace."""

    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += " (%s)" % ", ".join(aliases)
            Action.__init__(self, option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings=option_strings, dest=dest, nargs=PARSER,
                        choices=self._name_parser_map, required=required, help=help,
                        metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, _("conflicting subparser: %s") % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, _("conflicting subparser alias: %s") % alias)
        if "help" in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        for key in (name,) + tuple(aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._name_parser_map:
            msg = _("unknown parser %(parser_name)r (choices: %(choices)s)") % {
                "parser_name": name, "choices": ", ".join(self._name_parser_map)}
            raise ArgumentError(self, msg)
        sub = self._name_parser_map[name]
        subnamespace, rest = sub.parse_known_args(rest, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class FileType(object):
    """An argument type naming a file: only '-' (the standard streams) works,
    as closured programs open no file."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                stream = getattr(sys, "stdin", None)
                if stream is None:
                    raise ArgumentTypeError("can't open '-': no standard input")
                return stream
            if any(c in self._mode for c in "wax"):
                return sys.stdout
            raise ValueError(_('argument "-" with mode %r') % self._mode)
        raise ArgumentTypeError("can't open '%s': closured programs cannot open files"
                                % string)

    def __repr__(self):
        args = [self._mode, self._bufsize]
        kwargs = [("encoding", self._encoding), ("errors", self._errors)]
        text = ", ".join([repr(a) for a in args if a != -1] +
                         ["%s=%r" % (k, v) for k, v in kwargs if v is not None])
        return "%s(%s)" % (type(self).__name__, text)


# ---- containers of actions ---------------------------------------------------------------


def _identity(value):
    return value


class _ActionsContainer(object):
    """What parsers and argument groups share: the action registry,
    add_argument and its checks, defaults, conflict handling."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        self.register("action", None, _StoreAction)
        self.register("action", "store", _StoreAction)
        self.register("action", "store_const", _StoreConstAction)
        self.register("action", "store_true", _StoreTrueAction)
        self.register("action", "store_false", _StoreFalseAction)
        self.register("action", "append", _AppendAction)
        self.register("action", "append_const", _AppendConstAction)
        self.register("action", "count", _CountAction)
        self.register("action", "help", _HelpAction)
        self.register("action", "version", _VersionAction)
        self.register("action", "parsers", _SubParsersAction)
        self.register("action", "extend", _ExtendAction)
        self.register("type", None, _identity)
        self._get_handler()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = re.compile(r"^-\d+$|^-\d*\.\d+$")
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        # kept for arguments added later; applied now to those already there
        self._defaults.update(kwargs)
        for action in (a for a in self._actions if a.dest in kwargs):
            action.default = kwargs[action.dest]

    def get_default(self, dest):
        found = [a.default for a in self._actions if a.dest == dest and a.default is not None]
        return found[0] if found else self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ...) or add_argument(option_string, ...): makes
        the action, registers it and returns it."""
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            # set_defaults() first, then the parser's argument_default
            if kwargs["dest"] in self._defaults:
                kwargs["default"] = self._defaults[kwargs["dest"]]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        make = self._pop_action_class(kwargs)
        if not callable(make):
            raise ValueError('unknown action "%s"' % (make,))
        action = make(**kwargs)
        self._check_type_and_metavar(action)
        return self._add_action(action)

    def _check_type_and_metavar(self, action):
        converter = self._registry_get("type", action.type, action.type)
        if converter is FileType:
            raise ValueError("%r is a FileType class object, instance of it must be passed"
                             % (converter,))
        if not callable(converter):
            raise ValueError("%r is not callable" % (converter,))
        if not hasattr(self, "_get_formatter"):
            return  # an argument group: its container checked the metavar
        try:
            self._get_formatter()._format_args(action, None)
        except TypeError:
            raise ValueError("length of metavar tuple does not match nargs")

    def add_argument_group(self, *args, **kwargs):
        self._action_groups.append(_ArgumentGroup(self, *args, **kwargs))
        return self._action_groups[-1]

    def add_mutually_exclusive_group(self, **kwargs):
        self._mutually_exclusive_groups.append(_MutuallyExclusiveGroup(self, **kwargs))
        return self._mutually_exclusive_groups[-1]

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for s in action.option_strings:
            self._option_string_actions[s] = action
        for s in action.option_strings:
            if self._negative_number_matcher.match(s):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Copies a parent parser's actions, groups and mutually exclusive
        groups (parents=[...])."""
        title_group_map = {}
        for group in self._action_groups:
            if group.title in title_group_map:
                raise ValueError(_("cannot merge actions - two groups are named %r")
                                 % (group.title,))
            title_group_map[group.title] = group
        group_map = {}
        for group in container._action_groups:
            if group.title not in title_group_map:
                title_group_map[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_map[action] = title_group_map[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_map[action] = mutex
        for action in container._actions:
            group_map.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError(
                    _("invalid option string %(option)r: must start with a character "
                      "%(prefix_chars)r") % {"option": option_string,
                                             "prefix_chars": self.prefix_chars})
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop("dest", None)
        if dest is None:
            first = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = first.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(_("dest= is required for options like %r") % option_string)
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop("action", default)
        return self._registry_get("action", action, action)

    def _get_handler(self):
        name = "_handle_conflict_%s" % self.conflict_handler
        handler = getattr(self, name, None)
        if handler is None:
            raise ValueError(_("invalid conflict_resolution value: %r") % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        conflicts = []
        for s in action.option_strings:
            if s in self._option_string_actions:
                conflicts.append((s, self._option_string_actions[s]))
        if conflicts:
            self._get_handler()(action, conflicts)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = ngettext("conflicting option string: %s", "conflicting option strings: %s",
                           len(conflicting_actions))
        strings = ", ".join([s for s, a in conflicting_actions])
        raise ArgumentError(action, message % strings)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for s, other in conflicting_actions:
            other.option_strings.remove(s)
            self._option_string_actions.pop(s, None)
            if not other.option_strings:
                other.container._remove_action(other)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help sharing its parser's registry."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault("conflict_handler", container.conflict_handler)
        kwargs.setdefault("prefix_chars", container.prefix_chars)
        kwargs.setdefault("argument_default", container.argument_default)
        _ActionsContainer.__init__(self, description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Options of which at most one (exactly one when required) may be given."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError(_("mutually exclusive arguments must be optional"))
        # the container holds the action; the group only remembers it
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---- the parser --------------------------------------------------------------------------


def _nargs_pattern(action):
    """The regular expression over the 'O'/'A'/'-' classes of the remaining
    argument strings that the action's nargs accepts (one group)."""
    nargs = action.nargs
    if nargs is None:
        pattern = "(-*A-*)"
    elif nargs == OPTIONAL:
        pattern = "(-*A?-*)"
    elif nargs == ZERO_OR_MORE:
        pattern = "(-*[A-]*)"
    elif nargs == ONE_OR_MORE:
        pattern = "(-*A[A-]*)"
    elif nargs == REMAINDER:
        pattern = "([-AO]*)"
    elif nargs == PARSER:
        pattern = "(-*A[-AO]*)"
    elif nargs == SUPPRESS:
        pattern = "(-*-*)"
    else:
        pattern = "(-*%s-*)" % "-*".join("A" * nargs)
    if action.option_strings:
        pattern = pattern.replace("-*", "").replace("-", "")
    return pattern


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """A command line's grammar: add_argument() declares, parse_args() parses."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        _ActionsContainer.__init__(self, description=description, prefix_chars=prefix_chars,
                                   argument_default=argument_default,
                                   conflict_handler=conflict_handler)
        if prog is None:
            prog = os.path.basename(sys.argv[0]) if sys.argv else ""
        self.prog, self.usage, self.epilog = prog, usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group(_("positional arguments"))
        self._optionals = self.add_argument_group(_("options"))
        self._subparsers = None
        self.register("type", None, _identity)
        prefix = "-" if "-" in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(prefix + "h", prefix * 2 + "help", action="help",
                              default=SUPPRESS, help=_("show this help message and exit"))
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ["prog", "usage", "description", "formatter_class", "conflict_handler",
                 "add_help"]
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_("cannot have multiple subparser arguments"))
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", _("subcommands"))
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, "parsers")
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error(_("unrecognized arguments: %s") % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if not self.exit_on_error:
            namespace, args = self._parse_known_args(args, namespace)
        else:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        # strings a subparser did not recognise come back on the namespace
        leftover = getattr(namespace, _UNRECOGNIZED_ARGS_ATTR, None)
        if leftover is not None:
            args.extend(leftover)
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        # the actions each action excludes (mutually exclusive groups)
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                conflicts.setdefault(action, []).extend(members[:i] + members[i + 1:])
        # classify every string: 'O' an option (found in option_indices),
        # 'A' an argument, '-' the '--' that makes all after it arguments
        option_indices = {}
        classes = []
        i = 0
        while i < len(arg_strings):
            s = arg_strings[i]
            if s == "--":
                classes.append("-")
                classes.extend("A" * (len(arg_strings) - i - 1))
                break
            option = self._parse_optional(s)
            if option is None:
                classes.append("A")
            else:
                option_indices[i] = option
                classes.append("O")
            i += 1
        pattern = "".join(classes)

        seen = set()
        seen_non_default = set()
        extras = []
        positionals = self._get_positional_actions()

        def take_action(action, argument_strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, argument_strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, _("not allowed with argument %s")
                                            % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit_arg = option_indices[start]
            taken = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is not None:
                    count = self._match_argument(action, "A")
                    chars = self.prefix_chars
                    if count == 0 and option_string[1] not in chars and explicit_arg != "":
                        # '-xyz' with -x a flag: -x, then -y with 'z'
                        taken.append((action, [], option_string))
                        option_string = option_string[0] + explicit_arg[0]
                        rest = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = rest
                        else:
                            raise ArgumentError(action, _("ignored explicit argument %r")
                                                % explicit_arg)
                    elif count == 1:
                        stop = start + 1
                        taken.append((action, [explicit_arg], option_string))
                        break
                    else:
                        raise ArgumentError(action, _("ignored explicit argument %r")
                                            % explicit_arg)
                else:
                    first = start + 1
                    count = self._match_argument(action, pattern[first:])
                    stop = first + count
                    taken.append((action, arg_strings[first:stop], option_string))
                    break
            for action, args, option_string in taken:
                take_action(action, args, option_string)
            return stop

        def consume_positionals(start):
            counts = self._match_arguments_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start:start + count]
                start += count
                take_action(action, args)
            positionals[:] = positionals[len(counts):]
            return start

        start = 0
        last_option = max(option_indices) if option_indices else -1
        while start <= last_option:
            next_option = min([i for i in option_indices if i >= start])
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_indices:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_get_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    # a str default goes through the type, as a given value would
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            self.error(_("the following arguments are required: %s") % ", ".join(required))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error(_("one of the arguments %s is required") % " ".join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        for s in arg_strings:
            if s and s[0] in self.fromfile_prefix_chars:
                self.error("[Errno 1] closured programs cannot open files: '%s'" % s[1:])
        return arg_strings

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, classes):
        m = re.match(_nargs_pattern(action), classes)
        if m is None:
            messages = {None: _("expected one argument"),
                        OPTIONAL: _("expected at most one argument"),
                        ONE_OR_MORE: _("expected at least one argument")}
            msg = messages.get(action.nargs)
            if msg is None:
                msg = ngettext("expected %s argument", "expected %s arguments",
                               action.nargs) % action.nargs
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_arguments_partial(self, actions, classes):
        for i in range(len(actions), 0, -1):
            m = re.match("".join([_nargs_pattern(a) for a in actions[:i]]), classes)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _parse_optional(self, arg_string):
        """(action or None, option string, explicit argument or None) when
        arg_string is an option, None when it is an argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if "=" in arg_string:
            option_string, explicit_arg = arg_string.split("=", 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        matches = self._get_option_tuples(arg_string)
        if len(matches) > 1:
            self.error(_("ambiguous option: %(option)s could match %(matches)s") % {
                "option": arg_string, "matches": ", ".join([m[1] for m in matches])})
        elif len(matches) == 1:
            return matches[0]
        if self._negative_number_matcher.match(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if " " in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if "=" in option_string:
                    prefix, explicit_arg = option_string.split("=", 1)
                else:
                    prefix, explicit_arg = option_string, None
                for s in self._option_string_actions:
                    if s.startswith(prefix):
                        result.append((self._option_string_actions[s], s, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            short_prefix = option_string[:2]
            short_arg = option_string[2:]
            for s in self._option_string_actions:
                if s == short_prefix:
                    result.append((self._option_string_actions[s], s, short_arg))
                elif s.startswith(option_string):
                    result.append((self._option_string_actions[s], s, None))
        else:
            self.error(_("unexpected option string: %s") % option_string)
        return result

    def _get_values(self, action, arg_strings):
        if action.nargs not in [PARSER, REMAINDER] and "--" in arg_strings:
            arg_strings.remove("--")
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, _("%r is not callable") % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, _("invalid %(type)s value: %(value)r")
                                % {"type": name, "value": arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, _("invalid choice: %(value)r (choose from %(choices)s)")
                                % {"value": value,
                                   "choices": ", ".join(map(repr, action.choices))})

    # -- help and exits --

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            file = file or sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, sys.stderr)
        sys.exit(status)

    def error(self, message):
        """Prints the usage and 'PROG: error: MESSAGE' on stderr and exits
        with status 2 (SystemExit)."""
        self.print_usage(sys.stderr)
        self.exit(2, _("%(prog)s: error: %(message)s\n") % {"prog": self.prog,
                                                            "message": message})
