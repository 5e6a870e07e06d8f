# getpass.getuser from the environment, and this' Zen and its ROT13 tables.
import io
import os
import sys

for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
import getpass
os.environ['USERNAME'] = 'fourth'
print(getpass.getuser())
os.environ['USER'] = 'second'
print(getpass.getuser())
os.environ['LOGNAME'] = 'first'
print(getpass.getuser())
print(issubclass(getpass.GetPassWarning, UserWarning))

saved = sys.stdout
sys.stdout = io.StringIO()
import this
zen = sys.stdout.getvalue()
sys.stdout = saved
print(zen.splitlines()[0])
print(len(zen), zen.count('\n'))
print(this.s[:25], len(this.d), this.d['a'], this.d['N'])
print(''.join(this.d.get(c, c) for c in this.s) + '\n' == zen)
import _weakrefset
import weakref
print(_weakrefset.WeakSet is weakref.WeakSet, _weakrefset.__all__)
