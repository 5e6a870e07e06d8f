"""opcode for closured: the names, numbers and classes of CPython 3.11's
bytecode instructions (opname, opmap, HAVE_ARGUMENT, hasconst and the like)
and how many cache units follow each. closured runs its own bytecode, not
these: the tables serve code that reads or writes CPython's (dis, pickling
helpers, bytecode analysers)."""

__all__ = ['cmp_op', 'hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare',
           'hasfree', 'opname', 'opmap', 'HAVE_ARGUMENT', 'EXTENDED_ARG', 'hasnargs',
           'stack_effect']

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

# Name and number of each instruction, in number order.
_TABLE = """
    CACHE 0 POP_TOP 1 PUSH_NULL 2 NOP 9 UNARY_POSITIVE 10 UNARY_NEGATIVE 11 UNARY_NOT 12
    UNARY_INVERT 15 BINARY_SUBSCR 25 GET_LEN 30 MATCH_MAPPING 31 MATCH_SEQUENCE 32
    MATCH_KEYS 33 PUSH_EXC_INFO 35 CHECK_EXC_MATCH 36 CHECK_EG_MATCH 37
    WITH_EXCEPT_START 49 GET_AITER 50 GET_ANEXT 51 BEFORE_ASYNC_WITH 52 BEFORE_WITH 53
    END_ASYNC_FOR 54 STORE_SUBSCR 60 DELETE_SUBSCR 61 GET_ITER 68 GET_YIELD_FROM_ITER 69
    PRINT_EXPR 70 LOAD_BUILD_CLASS 71 LOAD_ASSERTION_ERROR 74 RETURN_GENERATOR 75
    LIST_TO_TUPLE 82 RETURN_VALUE 83 IMPORT_STAR 84 SETUP_ANNOTATIONS 85 YIELD_VALUE 86
    ASYNC_GEN_WRAP 87 PREP_RERAISE_STAR 88 POP_EXCEPT 89 STORE_NAME 90 DELETE_NAME 91
    UNPACK_SEQUENCE 92 FOR_ITER 93 UNPACK_EX 94 STORE_ATTR 95 DELETE_ATTR 96
    STORE_GLOBAL 97 DELETE_GLOBAL 98 SWAP 99 LOAD_CONST 100 LOAD_NAME 101 BUILD_TUPLE
    102 BUILD_LIST 103 BUILD_SET 104 BUILD_MAP 105 LOAD_ATTR 106 COMPARE_OP 107
    IMPORT_NAME 108 IMPORT_FROM 109 JUMP_FORWARD 110 JUMP_IF_FALSE_OR_POP 111
    JUMP_IF_TRUE_OR_POP 112 POP_JUMP_FORWARD_IF_FALSE 114 POP_JUMP_FORWARD_IF_TRUE 115
    LOAD_GLOBAL 116 IS_OP 117 CONTAINS_OP 118 RERAISE 119 COPY 120 BINARY_OP 122 SEND
    123 LOAD_FAST 124 STORE_FAST 125 DELETE_FAST 126 POP_JUMP_FORWARD_IF_NOT_NONE 128
    POP_JUMP_FORWARD_IF_NONE 129 RAISE_VARARGS 130 GET_AWAITABLE 131 MAKE_FUNCTION 132
    BUILD_SLICE 133 JUMP_BACKWARD_NO_INTERRUPT 134 MAKE_CELL 135 LOAD_CLOSURE 136
    LOAD_DEREF 137 STORE_DEREF 138 DELETE_DEREF 139 JUMP_BACKWARD 140 CALL_FUNCTION_EX
    142 EXTENDED_ARG 144 LIST_APPEND 145 SET_ADD 146 MAP_ADD 147 LOAD_CLASSDEREF 148
    COPY_FREE_VARS 149 RESUME 151 MATCH_CLASS 152 FORMAT_VALUE 155 BUILD_CONST_KEY_MAP
    156 BUILD_STRING 157 LOAD_METHOD 160 LIST_EXTEND 162 SET_UPDATE 163 DICT_MERGE 164
    DICT_UPDATE 165 PRECALL 166 CALL 171 KW_NAMES 172 POP_JUMP_BACKWARD_IF_NOT_NONE 173
    POP_JUMP_BACKWARD_IF_NONE 174 POP_JUMP_BACKWARD_IF_FALSE 175
    POP_JUMP_BACKWARD_IF_TRUE 176
""".split()

opmap = {}
for _i in range(0, len(_TABLE), 2):
    opmap[_TABLE[_i]] = int(_TABLE[_i + 1])
opname = ['<%r>' % (_i,) for _i in range(256)]
for _name, _op in opmap.items():
    opname[_op] = _name
del _i, _name, _op, _TABLE

HAVE_ARGUMENT = 90
EXTENDED_ARG = 144


def _ops(*names):
    return [opmap[n] for n in names]


hasconst = _ops('LOAD_CONST', 'KW_NAMES')
hasname = _ops('STORE_NAME', 'DELETE_NAME', 'STORE_ATTR', 'DELETE_ATTR', 'STORE_GLOBAL',
               'DELETE_GLOBAL', 'LOAD_NAME', 'LOAD_ATTR', 'IMPORT_NAME', 'IMPORT_FROM',
               'LOAD_GLOBAL', 'LOAD_METHOD')
hasjrel = _ops('FOR_ITER', 'JUMP_FORWARD', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP',
               'POP_JUMP_FORWARD_IF_FALSE', 'POP_JUMP_FORWARD_IF_TRUE', 'SEND',
               'POP_JUMP_FORWARD_IF_NOT_NONE', 'POP_JUMP_FORWARD_IF_NONE',
               'JUMP_BACKWARD_NO_INTERRUPT', 'JUMP_BACKWARD', 'POP_JUMP_BACKWARD_IF_NOT_NONE',
               'POP_JUMP_BACKWARD_IF_NONE', 'POP_JUMP_BACKWARD_IF_FALSE',
               'POP_JUMP_BACKWARD_IF_TRUE')
hasjabs = []
haslocal = _ops('LOAD_FAST', 'STORE_FAST', 'DELETE_FAST')
hascompare = _ops('COMPARE_OP')
hasfree = _ops('MAKE_CELL', 'LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF',
               'LOAD_CLASSDEREF')
hasnargs = []

# The 16-bit cache units that follow an instruction in CPython 3.11's bytecode.
_inline_cache_entries = [0] * 256
for _name, _count in (('BINARY_SUBSCR', 4), ('STORE_SUBSCR', 1), ('UNPACK_SEQUENCE', 1),
                      ('STORE_ATTR', 4), ('LOAD_ATTR', 4), ('COMPARE_OP', 2),
                      ('LOAD_GLOBAL', 5), ('BINARY_OP', 1), ('LOAD_METHOD', 10),
                      ('PRECALL', 1), ('CALL', 4)):
    _inline_cache_entries[opmap[_name]] = _count
del _name, _count

# BINARY_OP's argument: the operator, by number.
_nb_ops = [(name, sym) for name, sym in zip(
    ('NB_ADD NB_AND NB_FLOOR_DIVIDE NB_LSHIFT NB_MATRIX_MULTIPLY NB_MULTIPLY NB_REMAINDER '
     'NB_OR NB_POWER NB_RSHIFT NB_SUBTRACT NB_TRUE_DIVIDE NB_XOR').split(),
    '+ & // << @ * % | ** >> - / ^'.split())]
_nb_ops += [('NB_INPLACE_' + name[3:], sym + '=') for name, sym in _nb_ops]


def stack_effect(opcode, oparg=None, *, jump=None):
    raise ValueError("closured does not compute CPython's stack effects")
