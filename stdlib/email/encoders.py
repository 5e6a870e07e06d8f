"""email.encoders for closured: set a message's payload to its base64 or
quoted-printable form (or leave it, marking 7bit or 8bit) with the matching
Content-Transfer-Encoding header."""

from base64 import encodebytes as _encodebytes
from quopri import encodestring as _qp_encodestring

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']


def encode_base64(msg):
    """Replace msg's payload by its base64 lines."""
    raw = msg.get_payload(decode=True)
    msg.set_payload(str(_encodebytes(raw), 'ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """Replace msg's payload by its quoted-printable form (spaces quoted)."""
    raw = msg.get_payload(decode=True)
    encoded = _qp_encodestring(raw, quotetabs=True).replace(b' ', b'=20')
    msg.set_payload(encoded.decode('ascii'))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """Mark msg 7bit when its payload is ASCII, 8bit otherwise (nothing for no payload)."""
    raw = msg.get_payload(decode=True)
    if raw is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        raw.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'
    if not isinstance(msg._payload, str):
        msg.set_payload(raw.decode('ascii', 'surrogateescape'))


def encode_noop(msg):
    """Leave msg as it is."""
