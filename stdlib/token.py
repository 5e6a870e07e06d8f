"""token for closured: the numbers CPython 3.11 gives the tokens of Python
source (the values tokenize reports), their names (tok_name), the operator
strings by exact type (EXACT_TOKEN_TYPES) and the ISTERMINAL family."""

_NAMES = ('ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB COLON '
          'COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT '
          'LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX '
          'LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL '
          'PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL '
          'RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW '
          'ELLIPSIS COLONEQUAL OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD '
          'ERRORTOKEN COMMENT NL ENCODING N_TOKENS').split()

# The token numbers are the positions in _NAMES; NT_OFFSET starts the grammar's
# nonterminals, which no tokenizer produces.
tok_name = {}
for _i, _n in enumerate(_NAMES):
    globals()[_n] = _i
    tok_name[_i] = _n
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'

# Each operator and delimiter by the exact type tokenize's TokenInfo.exact_type
# reports for it (the plain type of all of them is OP).
_OPS = ('( LPAR  ) RPAR  [ LSQB  ] RSQB  : COLON  , COMMA  ; SEMI  + PLUS  - MINUS  '
        '* STAR  / SLASH  | VBAR  & AMPER  < LESS  > GREATER  = EQUAL  . DOT  % PERCENT  '
        '{ LBRACE  } RBRACE  == EQEQUAL  != NOTEQUAL  <= LESSEQUAL  >= GREATEREQUAL  '
        '~ TILDE  ^ CIRCUMFLEX  << LEFTSHIFT  >> RIGHTSHIFT  ** DOUBLESTAR  '
        '+= PLUSEQUAL  -= MINEQUAL  *= STAREQUAL  /= SLASHEQUAL  %= PERCENTEQUAL  '
        '&= AMPEREQUAL  |= VBAREQUAL  ^= CIRCUMFLEXEQUAL  <<= LEFTSHIFTEQUAL  '
        '>>= RIGHTSHIFTEQUAL  **= DOUBLESTAREQUAL  // DOUBLESLASH  //= DOUBLESLASHEQUAL  '
        '@ AT  @= ATEQUAL  -> RARROW  ... ELLIPSIS  := COLONEQUAL').split()
EXACT_TOKEN_TYPES = {}
for _i in range(0, len(_OPS), 2):
    EXACT_TOKEN_TYPES[_OPS[_i]] = globals()[_OPS[_i + 1]]
EXACT_TOKEN_TYPES = dict(sorted(EXACT_TOKEN_TYPES.items()))
del _i, _n, _OPS

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + _NAMES + ['NT_OFFSET']
del _NAMES


def ISEOF(x):
    return x == ENDMARKER


# Token numbers below NT_OFFSET are terminals; the grammar's symbols start at it.
def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET
