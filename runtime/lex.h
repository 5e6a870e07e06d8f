/* lex.h: source text -> tokens, including INDENT/DEDENT and NEWLINE, with
 * CPython's tokenizer rules (implicit joining in brackets, backslash
 * continuation, comments) and its error messages. */
#ifndef CLOSURED_RUNTIME_LEX_H
#define CLOSURED_RUNTIME_LEX_H

#include <stddef.h>

#include "runtime/ast.h"

/* X(KIND, "text"): text is the spelling of operators and keywords, "" for
 * the others. Keep the operators sorted longest-first within a prefix; the
 * lexer matches the longest. */
#define RT_TOKEN_KINDS(X)                                                                          \
    X(ENDMARKER, "")                                                                               \
    X(NAME, "")                                                                                    \
    X(NUMBER, "")                                                                                  \
    X(STRING, "")                                                                                  \
    X(NEWLINE, "")                                                                                 \
    X(INDENT, "")                                                                                  \
    X(DEDENT, "")                                                                                  \
    X(ERRORTOKEN, "")                                                                              \
    X(LPAR, "(")                                                                                   \
    X(RPAR, ")")                                                                                   \
    X(LSQB, "[")                                                                                   \
    X(RSQB, "]")                                                                                   \
    X(LBRACE, "{")                                                                                 \
    X(RBRACE, "}")                                                                                 \
    X(COLON, ":")                                                                                  \
    X(COMMA, ",")                                                                                  \
    X(SEMI, ";")                                                                                   \
    X(PLUS, "+")                                                                                   \
    X(MINUS, "-")                                                                                  \
    X(STAR, "*")                                                                                   \
    X(SLASH, "/")                                                                                  \
    X(VBAR, "|")                                                                                   \
    X(AMPER, "&")                                                                                  \
    X(LESS, "<")                                                                                   \
    X(GREATER, ">")                                                                                \
    X(EQUAL, "=")                                                                                  \
    X(DOT, ".")                                                                                    \
    X(PERCENT, "%")                                                                                \
    X(EQEQUAL, "==")                                                                               \
    X(NOTEQUAL, "!=")                                                                              \
    X(LESSEQUAL, "<=")                                                                             \
    X(GREATEREQUAL, ">=")                                                                          \
    X(TILDE, "~")                                                                                  \
    X(CIRCUMFLEX, "^")                                                                             \
    X(LEFTSHIFT, "<<")                                                                             \
    X(RIGHTSHIFT, ">>")                                                                            \
    X(DOUBLESTAR, "**")                                                                            \
    X(PLUSEQUAL, "+=")                                                                             \
    X(MINEQUAL, "-=")                                                                              \
    X(STAREQUAL, "*=")                                                                             \
    X(SLASHEQUAL, "/=")                                                                            \
    X(PERCENTEQUAL, "%=")                                                                          \
    X(AMPEREQUAL, "&=")                                                                            \
    X(VBAREQUAL, "|=")                                                                             \
    X(CIRCUMFLEXEQUAL, "^=")                                                                       \
    X(LEFTSHIFTEQUAL, "<<=")                                                                       \
    X(RIGHTSHIFTEQUAL, ">>=")                                                                      \
    X(DOUBLESTAREQUAL, "**=")                                                                      \
    X(DOUBLESLASH, "//")                                                                           \
    X(DOUBLESLASHEQUAL, "//=")                                                                     \
    X(AT, "@")                                                                                     \
    X(ATEQUAL, "@=")                                                                               \
    X(RARROW, "->")                                                                                \
    X(ELLIPSIS, "...")                                                                             \
    X(COLONEQUAL, ":=")                                                                            \
    X(KW_FALSE, "False")                                                                           \
    X(KW_NONE, "None")                                                                             \
    X(KW_TRUE, "True")                                                                             \
    X(KW_AND, "and")                                                                               \
    X(KW_AS, "as")                                                                                 \
    X(KW_ASSERT, "assert")                                                                         \
    X(KW_ASYNC, "async")                                                                           \
    X(KW_AWAIT, "await")                                                                           \
    X(KW_BREAK, "break")                                                                           \
    X(KW_CLASS, "class")                                                                           \
    X(KW_CONTINUE, "continue")                                                                     \
    X(KW_DEF, "def")                                                                               \
    X(KW_DEL, "del")                                                                               \
    X(KW_ELIF, "elif")                                                                             \
    X(KW_ELSE, "else")                                                                             \
    X(KW_EXCEPT, "except")                                                                         \
    X(KW_FINALLY, "finally")                                                                       \
    X(KW_FOR, "for")                                                                               \
    X(KW_FROM, "from")                                                                             \
    X(KW_GLOBAL, "global")                                                                         \
    X(KW_IF, "if")                                                                                 \
    X(KW_IMPORT, "import")                                                                         \
    X(KW_IN, "in")                                                                                 \
    X(KW_IS, "is")                                                                                 \
    X(KW_LAMBDA, "lambda")                                                                         \
    X(KW_NONLOCAL, "nonlocal")                                                                     \
    X(KW_NOT, "not")                                                                               \
    X(KW_OR, "or")                                                                                 \
    X(KW_PASS, "pass")                                                                             \
    X(KW_RAISE, "raise")                                                                           \
    X(KW_RETURN, "return")                                                                         \
    X(KW_TRY, "try")                                                                               \
    X(KW_WHILE, "while")                                                                           \
    X(KW_WITH, "with")                                                                             \
    X(KW_YIELD, "yield")

typedef enum rt_tok_kind {
#define RT_X(k, s) RT_TOK_##k,
    RT_TOKEN_KINDS(RT_X)
#undef RT_X
        RT_TOK__COUNT
} rt_tok_kind;

/* One token. start/len is its raw text in the source (a STRING token
 * includes prefix and quotes; the parser decodes it). Positions follow
 * rt_ast_pos: 1-based line, 1-based byte column, end one past the end. */
typedef struct rt_token {
    rt_tok_kind kind;
    const char *start;
    size_t len;
    int line, col, end_line, end_col;
} rt_token;

/* Options for lexing a piece of a larger source (f-string expressions). */
typedef struct rt_lex_opts {
    const char *whole; /* the entire source, for error text; NULL: same as src */
    size_t whole_len;
    int line, col;   /* position of src[0]; 0 means 1, 1 */
    int in_brackets; /* 1: lex as if inside (): no NEWLINE/INDENT */
} rt_lex_opts;

/* A token array. Always ends with ENDMARKER, or with ERRORTOKEN when the
 * tokenizer failed (then err describes the error). */
typedef struct rt_token_vec {
    rt_token *v;
    size_t n, cap;
    int failed;
    /* failed only because the source ended inside brackets ("'(' was never
     * closed"): CPython reports that only when its parser reaches the end;
     * an error the parser finds before it wins (parse.c) */
    int unclosed_at_eof;
    rt_syntax_error err;
} rt_token_vec;

/* Tokenizes src[0..len). filename goes into error reports; opts may be
 * NULL. Returns 0 and fills out (tokens point into src); returns -1 only
 * when out of memory. A SyntaxError is not a failure of this call: out
 * ends with ERRORTOKEN, out->failed is 1 and out->err is set. Release out
 * with rt_token_vec_dispose. */
int rt_lex(const char *src, size_t len, const char *filename, const rt_lex_opts *opts,
           rt_token_vec *out);

/* Frees the token array of v (caller-owned struct). */
void rt_token_vec_dispose(rt_token_vec *v);

/* The kind's name ("NAME", "LPAR", ...) and spelling ("(" or "" ). */
const char *rt_tok_kind_name(rt_tok_kind k);
const char *rt_tok_kind_text(rt_tok_kind k);

/* Fills err (type, msg, filename, line, col, end, text) for a position in
 * src: line is 1-based; bcol/end_bcol are 1-based BYTE columns on their
 * lines (converted to character columns as CPython does; end 0 = none).
 * Shared by the lexer, parser and scope pass. */
void rt__syntax_error_set(rt_syntax_error *err, const char *type, const char *filename,
                          const char *src, size_t len, int line, int bcol, int end_line,
                          int end_bcol, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 10, 11)))
#endif
    ;

#endif
