"""email.iterators for closured: walking a message's parts and body lines."""

import sys
from io import StringIO

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']


def walk(self):
    """The message and all its parts, depth first (Message.walk)."""
    yield self
    if self.is_multipart():
        for part in self.get_payload():
            yield from part.walk()


def body_line_iterator(msg, decode=False):
    """The lines of every str payload in msg, each with its line end."""
    for part in msg.walk():
        payload = part.get_payload(decode=decode)
        if isinstance(payload, str):
            yield from StringIO(payload)


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """The parts of msg of type maintype (and subtype, when given)."""
    for part in msg.walk():
        if part.get_content_maintype() == maintype and \
                subtype in (None, part.get_content_subtype()):
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Print the tree of content types of msg, indented by depth."""
    out = sys.stdout if fp is None else fp
    line = ' ' * (level * 4) + msg.get_content_type()
    if include_default:
        line += ' [%s]' % msg.get_default_type()
    print(line, file=out)
    if msg.is_multipart():
        for part in msg.get_payload():
            _structure(part, out, level + 1, include_default)
