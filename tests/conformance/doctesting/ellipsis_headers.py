# doctest: ELLIPSIS matching (pieces at the ends, overlapping ends, empty pieces) and the
# failure report's header with a file, with an unknown line, and from a docstring alone.
import doctest
import sys

checker = doctest.OutputChecker()
pairs = [('a...c\n', 'abc\n'), ('ab...ba\n', 'aba\n'), ('...\n', 'anything\n'),
         ('x......y\n', 'xzzy\n'), ('a...b...c\n', 'acb c\n'), ('a...b...c\n', 'a b c\n'),
         ('...a...\n', 'bbb\n'), ('...a...\n', 'bab\n'), ('start...\n', 'star\n'),
         ('...end\n', 'the end\n'), ('[1, ..., 9]\n', '[1, 2, 3, 9]\n'), ('a...\n', 'a\n')]
for want, got in pairs:
    print(repr(want), repr(got), checker.check_output(want, got, doctest.ELLIPSIS),
          checker.check_output(want, got, 0))

source = '''
>>> print('x' * 3)
xxy
>>> 1 + 1
3
'''
parser = doctest.DocTestParser()
for filename, lineno in (('some_file.py', 10), ('some_file.py', None), (None, None)):
    test = parser.get_doctest(source, {}, 'sample', filename, lineno)
    runner = doctest.DocTestRunner(verbose=False)
    runner.run(test, out=sys.stdout.write)
    print(runner.summarize(verbose=False))
