"""dis for closured: CPython 3.11's bytecode tables (from opcode), the
Instruction and Positions records, and a disassembler of CPython 3.11
bytecode given as bytes (get_instructions, Bytecode, dis, findlabels).
closured's own code objects hold closured's bytecode, not CPython's (they have
no co_code): asking to disassemble one is a TypeError that says so."""

import sys as _sys
import collections as _collections
from opcode import *
from opcode import __all__ as _opcodes_all, _inline_cache_entries, _nb_ops

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco', 'findlinestarts',
           'findlabels', 'show_code', 'get_instructions', 'Instruction', 'Bytecode'] + _opcodes_all

COMPILER_FLAG_NAMES = {1: 'OPTIMIZED', 2: 'NEWLOCALS', 4: 'VARARGS', 8: 'VARKEYWORDS',
                       16: 'NESTED', 32: 'GENERATOR', 64: 'NOFREE', 128: 'COROUTINE',
                       256: 'ITERABLE_COROUTINE', 512: 'ASYNC_GENERATOR'}

# Opcodes the listing treats specially, and the meanings of their arguments.
BINARY_OP = opmap['BINARY_OP']
CACHE = opmap['CACHE']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']
LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


def pretty_flags(flags):
    """The names of a code object's flag bits, comma-separated."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if not flags & flag:
            continue
        names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
        flags ^= flag
        if not flags:
            return ', '.join(names)
    names.append(hex(flags))  # nothing set, or bits past the 32 named ones
    return ', '.join(names)


Positions = _collections.namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                                    defaults=[None] * 4)

_Instruction = _collections.namedtuple(
    '_Instruction', 'opname opcode arg argval argrepr offset starts_line is_jump_target positions',
    defaults=[None])


class Instruction(_Instruction):
    """One bytecode instruction: its name and number, its argument raw and
    resolved, where it is and whether a jump lands on it."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _code_of(x):
    """The bytecode to read in x: bytes as they are; a function's, method's,
    generator's or code object's co_code."""
    if isinstance(x, (bytes, bytearray)):
        return bytes(x), None
    for attr in ('__func__', '__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            x = getattr(x, attr)
    if isinstance(x, str):
        raise TypeError("closured compiles source to its own bytecode, not CPython's: "
                        'dis cannot disassemble a string')
    code = getattr(x, 'co_code', None)
    if code is None:
        if hasattr(x, 'co_varnames'):
            raise TypeError("closured's code objects hold closured's bytecode, not "
                            "CPython's: dis cannot list the instructions of %r" % (x,))
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    return code, x


def _units(code):
    """(offset, opcode, arg) of each instruction in CPython 3.11 bytecode, the
    arguments of EXTENDED_ARG prefixes folded in and cache units skipped."""
    extended = 0
    caches = 0
    for offset in range(0, len(code) - 1, 2):
        if caches:
            caches -= 1
            continue
        op = code[offset]
        if op >= HAVE_ARGUMENT:
            arg = code[offset + 1] | extended
            extended = (arg << 8) if op == EXTENDED_ARG else 0
        else:
            arg = None
            extended = 0
        caches = _inline_cache_entries[op]
        yield offset, op, arg


def _jump_target(op, arg, offset):
    after = offset + 2 + 2 * _inline_cache_entries[op]
    if 'JUMP_BACKWARD' in opname[op]:
        return after - 2 * arg
    return after + 2 * arg


def findlabels(code):
    """The offsets jumps in the bytecode land on, in order of appearance."""
    labels = []
    for offset, op, arg in _units(code):
        if arg is not None and op in hasjrel:
            target = _jump_target(op, arg, offset)
            if target not in labels:
                labels.append(target)
    return labels


def findlinestarts(code):
    """(offset, line) where each source line starts, from co_lines()."""
    lines = getattr(code, 'co_lines', None)
    if lines is None:
        return
    last = None
    for start, _end, line in lines():
        if line is not None and line != last:
            last = line
            yield start, line


def _instructions(code, co=None):
    consts = getattr(co, 'co_consts', None)
    names = getattr(co, 'co_names', None)
    varnames = getattr(co, 'co_varnames', None)
    cells = (getattr(co, 'co_cellvars', ()) or ()) + (getattr(co, 'co_freevars', ()) or ())
    linestarts = dict(findlinestarts(co)) if co is not None else {}
    labels = set(findlabels(code))
    for offset, op, arg in _units(code):
        argval = arg
        argrepr = ''
        if arg is not None:
            if op in hasconst and consts is not None:
                argval = consts[arg]
                argrepr = repr(argval)
            elif op in hasname and names is not None:
                if op == LOAD_GLOBAL:
                    argval = names[arg >> 1]
                    argrepr = ('NULL + ' if arg & 1 else '') + argval
                else:
                    argval = names[arg]
                    argrepr = argval
            elif op in hasjrel:
                argval = _jump_target(op, arg, offset)
                argrepr = 'to ' + repr(argval)
            elif op in haslocal and varnames is not None:
                argval = varnames[arg]
                argrepr = argval
            elif op in hasfree and co is not None:
                all_names = tuple(varnames or ()) + cells
                if arg < len(all_names):
                    argval = all_names[arg]
                    argrepr = argval
            elif op in hascompare:
                argval = cmp_op[arg]
                argrepr = argval
            elif op == FORMAT_VALUE:
                argval = (FORMAT_VALUE_CONVERTERS[arg & 0x3][0], bool(arg & 0x4))
                argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3][1]
                if argval[1]:
                    argrepr = argrepr + ', with format' if argrepr else 'with format'
            elif op == MAKE_FUNCTION:
                argrepr = ', '.join(name for i, name in enumerate(MAKE_FUNCTION_FLAGS)
                                    if arg & (1 << i))
            elif op == BINARY_OP:
                argrepr = _nb_ops[arg][1] if arg < len(_nb_ops) else ''
        yield Instruction(opname[op], op, arg, argval, argrepr, offset,
                          linestarts.get(offset), offset in labels, Positions())


def _code_object(x):
    if isinstance(x, (bytes, bytearray)):
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    return _code_of(x)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of the Instructions of x's CPython bytecode."""
    code, co = _code_object(x)
    return _instructions(code, co)


class Bytecode:
    """The instructions of a piece of CPython bytecode, iterable and printable."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = x
        self._code, self._co = _code_object(x)
        self.first_line = first_line
        self.current_offset = current_offset

    def __iter__(self):
        return _instructions(self._code, self._co)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.codeobj)

    def dis(self):
        out = []
        _print_instructions(self._code, self._co, self.current_offset,
                            lambda line: out.append(line + '\n'))
        return ''.join(out)


def _print_instructions(code, co, current, emit):
    instrs = list(_instructions(code, co))
    show_lines = any(i.starts_line is not None for i in instrs)
    width = 0
    if show_lines:
        width = max(3, len(str(max(i.starts_line for i in instrs if i.starts_line is not None))))
    last = max((i.offset for i in instrs), default=0)
    offset_width = len(str(last)) if last >= 10000 else 4
    for instr in instrs:
        if show_lines and instr.starts_line is not None and instr.offset > 0:
            emit('')
        emit(instr._disassemble(width, instr.offset == current, offset_width))


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    code, co = _code_object(co)
    out = file if file is not None else _sys.stdout
    _print_instructions(code, co, lasti, lambda line: print(line, file=out))


disco = disassemble


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Prints the disassembly of x's CPython bytecode."""
    if x is None:
        distb(file=file)
        return
    code, co = _code_of(x)
    out = file if file is not None else _sys.stdout
    _print_instructions(code, co, -1, lambda line: print(line, file=out))


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    if tb is None:
        tb = getattr(_sys, 'last_traceback', None)
        if tb is None:
            raise RuntimeError('no last traceback to disassemble')
    disassemble(tb.tb_frame.f_code, file=file)


def code_info(x):
    code, co = _code_object(x)
    raise TypeError("don't know how to describe %s objects" % type(x).__name__)


def show_code(co, *, file=None):
    print(code_info(co), file=file)
