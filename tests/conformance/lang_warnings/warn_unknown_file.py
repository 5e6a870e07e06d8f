# A warning reported against a file the program never loaded shows no source
# line; one against the running script shows that script's line.
import sys
import warnings

sys.stderr = sys.stdout
warnings.simplefilter('always')
warnings.warn_explicit('about nope', UserWarning, 'nope.py', 3)
warnings.warn_explicit('about nope, line 1', UserWarning, 'nope.py', 1)
warnings.warn_explicit('about this file', UserWarning, __file__, 3)
warnings.warn_explicit('past the end', UserWarning, __file__, 10000)
print(repr(warnings.formatwarning('fmt nope', UserWarning, 'nope.py', 2)))
print(repr(warnings.formatwarning('fmt here', DeprecationWarning, __file__, 4)))
warnings.showwarning('shown', RuntimeWarning, 'missing/dir/mod.py', 5, file=sys.stdout)
ns = {}
exec(compile('import warnings\nwarnings.warn("from exec")\n', 'nofile.py', 'exec'), ns)
