"""pydoc for closured: the text helpers of CPython's documentation tool that
libraries call on their own modules (python-stdnum reads each number
format's name and description with getdoc and splitdoc): getdoc, splitdoc,
describe, classname, plain, cram, stripid, replace. The help system, the
renderers and the documentation server are not here: closured has no
terminal pager, no files to browse and no sockets."""

import inspect
import re

__all__ = ['getdoc', 'splitdoc', 'describe', 'classname', 'plain', 'cram', 'stripid', 'replace']


def getdoc(object):
    """object's docstring, cleaned as inspect.getdoc cleans it and without
    leading blank lines; '' when it has none."""
    text = inspect.getdoc(object)
    if not text:
        return ''
    lines = text.rstrip().split('\n')
    while lines and not lines[0].strip():
        del lines[0]
    return '\n'.join(lines)


def splitdoc(doc):
    """(synopsis, body): a docstring's first line and what follows the blank
    line after it; ('', whole) when no blank line follows the first."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(object, modname):
    """The class's name, qualified by its module when that is not modname."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def describe(thing):
    """A short phrase for what thing is ('module os', 'class int',
    'built-in function len', 'function f', 'method m', ...)."""
    if inspect.ismodule(thing):
        kind = 'package' if hasattr(thing, '__path__') else 'module'
        return kind + ' ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        return 'getset descriptor %s.%s.%s' % (thing.__objclass__.__module__,
                                               thing.__objclass__.__name__, thing.__name__)
    if inspect.ismemberdescriptor(thing):
        return 'member descriptor %s.%s.%s' % (thing.__objclass__.__module__,
                                               thing.__objclass__.__name__, thing.__name__)
    for test, label in ((inspect.isclass, 'class '), (inspect.isfunction, 'function '),
                        (inspect.ismethod, 'method ')):
        if test(thing):
            return label + thing.__name__
    return type(thing).__name__


def plain(text):
    """text without the backspace overstrikes of bold terminal output."""
    return re.sub('.\b', '', text)


def cram(text, maxlen):
    """text cut in the middle to at most maxlen characters, '...' marking the cut."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


_ADDRESS = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def stripid(text):
    """A repr without its ' at 0x...' address."""
    return _ADDRESS.sub(r'\1', text)


def replace(text, *pairs):
    """text with each (old, new) pair given flat, in order, replaced."""
    for i in range(0, len(pairs) - 1, 2):
        text = pairs[i + 1].join(text.split(pairs[i]))
    return text
