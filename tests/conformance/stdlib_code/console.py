# codeop.compile_command's three answers, and code's console over given lines,
# its reports written to stdout.
import code
import codeop
import io
import sys

CASES = ['x = 1', 'if x:', 'if x:\n  y = 1', 'if x:\n  y = 1\n', 'def f():\n  return 1\n\n',
         '(1,', '[1, 2', 'x = (', '"""abc', "'abc", 'x +', '1 +* 2', 'for', 'print(1)', '',
         '# comment', '\n', 'x = 1\ny = 2', '@dec', 'class A:\n  pass\n', 'x = 1 \\',
         'if x:\n  y\nelse:', 'if x:\n  y\nelse:\n  z\n\n', 'return 5', 'a b', '1 = 2',
         'x = """a\nb"""', 'def f(:', ')', 'try:\n  pass\n', 'with x:\n',
         'while True:\n  break\n\n', '  x = 1', 'x = [\n1,\n2]', 'f(x for x in y',
         'async def f():\n  await x\n\n', 'if x:\nprint(1)', 'f(a,\n', 'x = """\n', '# only\n# comments', 'x = [1,\n 2,', 'foo(\n)']
for source in CASES:
    try:
        result = codeop.compile_command(source)
        result = 'more' if result is None else type(result).__name__
    except SyntaxError as exc:
        result = '%s: %s (line %s)' % (type(exc).__name__, exc.msg, exc.lineno)
    print(repr(source), '->', result)
for symbol in ('eval', 'exec'):
    for source in ('1 + 2', '(1 +', ''):
        try:
            result = codeop.compile_command(source, '<x>', symbol)
            result = 'more' if result is None else 'code'
        except SyntaxError as exc:
            result = 'SyntaxError'
        print(symbol, repr(source), result)
try:
    codeop.compile_command('1', symbol='bogus')
except ValueError as exc:
    print('ValueError', exc)
print(eval(codeop.compile_command('6 * 7', symbol='eval')))
print(codeop.__all__, code.__all__, code.compile_command is codeop.compile_command)


class Console(code.InteractiveConsole):
    def write(self, data):
        sys.stdout.write('[err] ' + data)


console = Console({'__name__': '__console__'})
lines = ['x = 10', 'x * 2', 'def twice(n):', '    return n * 2', '', 'twice(x)',
         'for i in range(3):', '    print(i)', '', '1/0', 'undefined_name', 'a b',
         '(1,', '2)', 'if x:', '  print("yes")', '', 'print("done")']
for line in lines:
    print('more' if console.push(line) else 'ran', repr(line))
print(sorted(k for k in console.locals if not k.startswith('__')))

feed = iter(['y = 3', 'y + 4', 'if y:', '    y', '', 'raise ValueError("bad")'])


def read(prompt):
    sys.stdout.write(prompt)
    try:
        return next(feed)
    except StopIteration:
        raise EOFError


Console().interact('banner here', 'goodbye')
console = Console()
console.raw_input = read
feed = iter(['1 2', '3'])
console.interact('', '')
print()
interp = Console()
print(interp.runsource('z = 5'), interp.runsource('if z:'), interp.locals['z'])
print(interp.runsource('1 2'))
