# subprocess's names that libraries use without starting a process (graphviz's backend
# catches CalledProcessError, pycparser imports check_output at load time): the
# exceptions and their messages, CompletedProcess, list2cmdline and the constants.
import subprocess
from subprocess import CalledProcessError, CompletedProcess, TimeoutExpired, SubprocessError

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL, callable(subprocess.check_output))
e = CalledProcessError(2, ['dot', '-Tpng'], output=b'out', stderr=b'err')
print(str(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr, isinstance(e, SubprocessError))
e.stdout = b'changed'
print(e.output)
print(str(CalledProcessError(-9, 'sleep 5')))
t = TimeoutExpired('sleep 10', 2.5, output='partial')
print(str(t), t.timeout, t.stdout)
done = CompletedProcess(['ls', '-l'], 0, stdout='a\nb\n')
print(repr(done), done.args, done.returncode)
print(repr(CompletedProcess('true', 1)), repr(CompletedProcess('x', 0, None, b'e')))
try:
    CompletedProcess(['make'], 3, 'o', 'e').check_returncode()
except CalledProcessError as err:
    print('raised:', err, err.stdout, err.stderr)
print(subprocess.list2cmdline(['a b', 'c', '', 'd"e', 'f\\\\', 'g h\\', r'x\"y']))
try:
    raise CalledProcessError(1, 'cmd')
except SubprocessError as err:
    print(type(err).__name__, err)
