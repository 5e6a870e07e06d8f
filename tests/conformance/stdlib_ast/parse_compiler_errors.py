# ast.parse accepts what CPython's parser accepts: a return, break or continue
# out of place, starred targets and values, duplicate parameters, a yield or
# await outside a function and the like are the compiler's (or the symbol
# table's) errors, reported by compile() and never by ast.parse.
import ast

sources = [
    'return 1', 'return', 'class C:\n    return 1', 'return *a, b',
    'break', 'continue', 'for x in y:\n    def g():\n        break',
    'while 1:\n    class C:\n        continue', 'try:\n    pass\nfinally:\n    break',
    'for x in y:\n    lambda: 1\n    break',
    'yield 1', 'x = yield', 'yield from g', 'x: int = yield', 'a += yield', 'x = yield from g',
    'await x', '[await x for x in y]', 'def f():\n    await x',
    'async with a: pass', 'async for x in y: pass',
    'nonlocal x', 'def f():\n    nonlocal x', 'def f():\n    class C:\n        nonlocal y',
    'def f():\n    x = 1\n    global x', 'def f(x):\n    global x',
    'def f(a, a): pass', 'lambda a, a: 0', 'def f(a, *, a): pass', 'def f(a, **a): pass',
    'def f(a, /, a): pass', 'def f(*a, a): pass',
    '*a', '*a = 1', 'x = *a', 'a = b = *c', 'x: int = *a', 'for *x in y: pass',
    'a, *b, *c = d', '[a, *b, *c] = d', 'for a, *b, *c in y: pass',
    'with a as (*b, *c): pass', '[*a] = b', '(a, *b), *c = d', '*a, = 1',
    'def f():\n    yield\n    return 1', 'async def f():\n    yield\n    return 1',
    'class C:\n    yield', 'lambda: (yield)', '@d\nasync def f(): await 1',
    # still the parser's errors
    # which error comes first: the parser's, then the symbol table's, then the compiler's
    'return 1\nx = 1 +', 'break\ndef f(a, a): pass', '*a = 1\nnonlocal q', 'x = *a\nbreak',
    'del (a, *b)', '(*a) = 1', 'return 1 +', 'del f()', 'f() = 1', 'f(**x, *y)',
]
for src in sources:
    try:
        ast.parse(src)
        parsed = 'parses'
    except SyntaxError as e:
        parsed = 'SyntaxError: %s (line %s)' % (e.msg, e.lineno)
    try:
        compile(src, '<src>', 'exec')
        compiled = 'compiles'
    except SyntaxError as e:
        compiled = 'SyntaxError: %s (line %s)' % (e.msg, e.lineno)
    print(repr(src), '|', parsed, '|', compiled)

# the tree of an out-of-place statement is the usual one
print(ast.dump(ast.parse('return 1')))
print(ast.dump(ast.parse('a, *b, *c = d')))
print(ast.dump(ast.parse('def f(a, a): pass').body[0].args))
