"""getopt for closured: Unix-style command-line option parsing (getopt,
gnu_getopt, GetoptError), with CPython's messages."""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    """A bad option: `msg` says what, `opt` names the option."""

    msg = opt = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        return self.msg  # not the (msg, opt) pair Exception would show


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parses options up to the first non-option argument (or `--`); returns
    (list of (option, value) pairs, remaining arguments)."""
    opts = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options and operands may be mixed; a leading `+` in
    shortopts (or POSIXLY_CORRECT in the environment) stops at the first operand."""
    opts = []
    operands = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    options_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    elif os.environ.get('POSIXLY_CORRECT'):
        options_first = True
    while args:
        if args[0] == '--':
            operands += args[1:]
            break
        if args[0][:2] == '--':
            opts, args = _do_longs(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == '-' and args[0] != '-':
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
        elif options_first:
            operands += args
            break
        else:
            operands.append(args[0])
            args = args[1:]
    return opts, operands


def _do_longs(opts, opt, longopts, args):
    i = opt.find('=')
    optarg = None
    if i >= 0:
        opt, optarg = opt[:i], opt[i + 1:]
    has_arg, opt = _long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
    return opts, args


def _long_has_args(opt, longopts):
    """(takes an argument, full name) for a long option or a unique prefix of one."""
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    match = matches[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def _do_shorts(opts, optstring, shortopts, args):
    """Reads a cluster of short options ('-abc'): each letter is an option until one
    that takes an argument, which takes the rest of the cluster or else the next
    argument."""
    for at, opt in enumerate(optstring):
        if not _short_has_arg(opt, shortopts):
            opts.append(('-' + opt, ''))
            continue
        value = optstring[at + 1:]
        if not value:
            if not args:
                raise GetoptError('option -%s requires argument' % opt, opt)
            value, args = args[0], args[1:]
        opts.append(('-' + opt, value))
        break
    return opts, args


def _short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
