"""getpass for closured: getuser() answers from the environment the workload
sees (LOGNAME, USER, LNAME, USERNAME, the first set wins; the daemon gives an
empty environment). CPython falls back to the password database, which
closured cannot read: with none of the four set, getuser raises OSError.
getpass() would read a terminal with echo turned off; closured has no
terminal to control, so it raises PermissionError."""

import os as _os

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def getuser():
    for variable in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        name = _os.environ.get(variable)
        if name:
            return name
    raise OSError('No username set in the environment')


def getpass(prompt='Password: ', stream=None):
    raise PermissionError('getpass: a closured workload has no terminal to read a password '
                          'from')


unix_getpass = fallback_getpass = getpass
