"""codeop for closured: compile_command tells a complete interactive input
from one that needs more lines (None) or is wrong (SyntaxError), as an
interactive console asks. closured's compiler has no incomplete-input mode,
so the answer comes from its error: an unclosed bracket, an unterminated
triple-quoted string, a trailing backslash, a block header or decorator
still waiting for its body, or a try without its handler at the end of the
text mean 'more'; so does an indented block the input has not ended with an
empty line. Compile and CommandCompiler remember the __future__ features a
compiled input switched on, as CPython's do."""

import io as _io
import tokenize as _tokenize
import warnings as _warnings

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

# Messages that, at the end of the input, mean the input stops too early.
_WAITING = ('was never closed', 'unterminated triple-quoted string literal',
            'unexpected EOF while parsing', 'expected an indented block',
            "expected 'except' or 'finally' block")


def _only_comments(source):
    return all(not line.strip() or line.strip().startswith('#')
               for line in source.split('\n'))


def _at_end(source, error):
    """True when the error's position is past the last character that is not
    blank, i.e. the compiler ran out of input."""
    lines = source.split('\n')
    lineno = error.lineno or 0
    if lineno > len(lines):
        return True
    if lineno < 1:
        return False
    rest = lines[lineno - 1][max((error.offset or 1) - 1, 0):]
    return not rest.strip() and not ''.join(lines[lineno:]).strip()


_CLOSERS = {'(': ')', '[': ']', '{': '}'}


def _error_index(text, error):
    """The character index in text where the error points."""
    lines = text.split('\n')
    before = sum(len(line) + 1 for line in lines[:max((error.lineno or 1) - 1, 0)])
    return before + max((error.offset or 1) - 1, 0)


def _unfinished(source, compiler, filename, symbol):
    """True when the input stops after a trailing backslash, inside a
    triple-quoted string, or inside brackets whose closing gives text that
    compiles or fails only past the input's end."""
    if source.endswith('\\'):
        return True
    open_brackets = []
    try:
        for token in _tokenize.generate_tokens(_io.StringIO(source).readline):
            if token.type != _tokenize.OP:
                continue
            if token.string in _CLOSERS:
                open_brackets.append(token.string)
            elif token.string in ')]}':
                if not open_brackets:
                    return False
                open_brackets.pop()
    except _tokenize.TokenError as error:
        if 'string' in str(error.args[0]):
            return True
    except SyntaxError:
        return False
    if not open_brackets:
        return False
    closed = source + ''.join(_CLOSERS[b] for b in reversed(open_brackets))
    try:
        compiler(closed, filename, symbol)
    except SyntaxError as error:
        return _error_index(closed, error) >= len(source)
    return True


def _waiting_for_more(source, error):
    message = str(error.msg)
    if not _at_end(source, error):
        return False
    if any(part in message for part in _WAITING):
        return True
    last = [line.strip() for line in source.split('\n') if line.strip()]
    return bool(last) and last[-1].startswith('@')


def _open_block(source):
    """True when the input holds an indented block and does not end with a
    newline: the console waits for the empty line that closes the block."""
    if source.endswith('\n'):
        return False
    try:
        kinds = {token.type for token in
                 _tokenize.generate_tokens(_io.StringIO(source).readline)}
    except (SyntaxError, _tokenize.TokenError, IndentationError):
        return False
    return _tokenize.INDENT in kinds


def _maybe_compile(compiler, source, filename, symbol):
    if _only_comments(source):
        if symbol == 'eval':
            return None
        source = 'pass'
    with _warnings.catch_warnings():
        _warnings.simplefilter('ignore', (SyntaxWarning, DeprecationWarning))
        try:
            code = compiler(source, filename, symbol)
        except SyntaxError as error:
            if (_unfinished(source, compiler, filename, symbol) or
                    _waiting_for_more(source, error)):
                return None
            try:
                compiler(source + '\n', filename, symbol)
            except SyntaxError:
                pass
            else:
                return None
        else:
            if symbol == 'single' and _open_block(source):
                return None
            return code
    # Compile once more outside the filter, so that the error (and any warning) is
    # the program's to see.
    return compiler(source, filename, symbol)


def compile_command(source, filename='<input>', symbol='single'):
    """A code object when source is a complete command, None when it needs more
    lines; SyntaxError, ValueError or OverflowError when it is wrong."""
    return _maybe_compile(compile, source, filename, symbol)


class Compile:
    """compile() that keeps the __future__ features earlier inputs switched on."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        code = compile(source, filename, symbol, self._future_flags(), True)
        self._remember(code)
        return code

    def _future_flags(self):
        return self.flags & ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)

    def _remember(self, code):
        import __future__
        for name in __future__.all_feature_names:
            feature = getattr(__future__, name)
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag


class CommandCompiler:
    """compile_command with the memory of Compile."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename='<input>', symbol='single'):
        return _maybe_compile(self.compiler, source, filename, symbol)
