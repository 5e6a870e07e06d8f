"""email.mime.base for closured: MIMEBase, a Message starting with its Content-Type and
MIME-Version headers."""

from email import message
from email._policybase import compat32

__all__ = ['MIMEBase']


class MIMEBase(message.Message):
    """A MIME message of type _maintype/_subtype; keyword arguments become Content-Type
    parameters."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            policy = compat32
        message.Message.__init__(self, policy=policy)
        self.add_header('Content-Type', '%s/%s' % (_maintype, _subtype), **_params)
        self['MIME-Version'] = '1.0'
