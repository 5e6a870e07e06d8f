"""platform for closured: what a program may know of where it runs. closured
reports the system family and the Python it follows (3.11), never the
host's details: node(), release(), version() and machine() are empty
strings, as CPython's are when it cannot tell."""

import sys
from collections import namedtuple

__all__ = ['system', 'node', 'release', 'version', 'machine', 'processor', 'uname',
           'platform', 'architecture', 'python_implementation', 'python_version',
           'python_version_tuple', 'python_build', 'python_compiler', 'python_branch',
           'python_revision', 'libc_ver', 'mac_ver', 'win32_ver', 'java_ver',
           'freedesktop_os_release', 'win32_edition', 'win32_is_iot']

uname_result = namedtuple('uname_result', 'system node release version machine processor')


def system():
    return 'Linux' if sys.platform.startswith('linux') else ''


def node():
    return ''


def release():
    return ''


def version():
    return ''


def machine():
    return ''


def processor():
    return ''


def uname():
    return uname_result(system(), node(), release(), version(), machine(), processor())


def platform(aliased=False, terse=False):
    parts = [p for p in (system(), release(), machine()) if p]
    return '-'.join(parts) if parts else ''


def architecture(executable=sys.executable, bits='', linkage=''):
    return (bits or '%dbit' % (64 if sys.maxsize > 2**32 else 32), linkage or 'ELF')


def python_implementation():
    """'CPython': closured runs programs as CPython 3.11 does (sys.implementation
    names closured itself)."""
    return 'CPython'


def python_version_tuple():
    v = sys.version_info
    return (str(v.major), str(v.minor), str(v.micro))


def python_version():
    return '.'.join(python_version_tuple())


def python_build():
    return ('closured', '')


def python_compiler():
    return ''


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def freedesktop_os_release():
    raise OSError(2, 'No such file or directory', '/etc/os-release')
