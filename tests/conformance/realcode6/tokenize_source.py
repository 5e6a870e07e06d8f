# tokenize and token: the tokens of small sources (indentation, comments, strings over
# several lines, brackets, continuations, numbers and prefixes), the errors at end of
# input, detect_encoding with BOMs and coding cookies, and untokenize both ways.
import io
import token
import tokenize


def show(src):
    print('--', repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            extra = '' if tok.exact_type == tok.type else ' ' + token.tok_name[tok.exact_type]
            print(' ', token.tok_name[tok.type], repr(tok.string), tok.start, tok.end, extra)
    except (tokenize.TokenError, IndentationError) as exc:
        print('  error:', type(exc).__name__, exc.args)


for src in ["total = price * qty  # line total\n",
            "if ready:\n\tgo('a\\\nb')\n  \n# note\nelse:\n    stop()\n",
            "doc = '''first\nsecond'''\n",
            "pairs = [(1,\n   2), {3: 4}]\n",
            "n = 1 + \\\n    2",
            "def f():\n        return 1\n    x = 2\n",
            "text = '''open\n",
            "call(1,\n",
            "naïve = 0x_ff + 1_000.5e-3j + .5 + 1. + 0b1 + 0o7\r\n",
            "parts = rb'x' f'{y!r}' U\"z\" Br'w'\n",
            "x ** = y ... -> := @= //= >>= !=\n",
            "a ? b $\n",
            "",
            "# just a comment"]:
    show(src)

print(tokenize.generate_tokens(io.StringIO('x\n').readline).__next__())
for raw in [b'\xef\xbb\xbfx = 1\n', b'# -*- coding: latin-1 -*-\ns = "\xe9"\n',
            b'#!/usr/bin/env python\n# vim: fileencoding=UTF_8 :\n', b'# coding: nothing-such\n',
            b'\n\n# coding: latin-1\n']:
    try:
        print(tokenize.detect_encoding(io.BytesIO(raw).readline))
        toks = list(tokenize.tokenize(io.BytesIO(raw).readline))
        print([(token.tok_name[t.type], t.string) for t in toks])
        print(tokenize.untokenize(toks))
    except SyntaxError as exc:
        print('SyntaxError:', exc)

src = "def area(w, h):\n    return w*h  # product\n\nprint(area(2,\n   3))\n"
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
print(tokenize.untokenize((t.type, t.string) for t in toks))
print(token.ISEOF(token.ENDMARKER), token.ISTERMINAL(token.OP), token.NT_OFFSET, token.N_TOKENS)
print(len(token.EXACT_TOKEN_TYPES), token.EXACT_TOKEN_TYPES['**='] == token.DOUBLESTAREQUAL)
print(issubclass(tokenize.TokenError, Exception), tokenize.TokenInfo._fields)
