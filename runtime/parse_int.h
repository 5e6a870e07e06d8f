/* parse_int.h: parser state shared by parse.c (grammar) and parse_str.c
 * (string literals and f-strings). Internal to runtime/. */
#ifndef CLOSURED_RUNTIME_PARSE_INT_H
#define CLOSURED_RUNTIME_PARSE_INT_H

#include "runtime/ast.h"
#include "runtime/lex.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct rt__parser {
    rt_token *t; /* tokens; t[n - 1] is ENDMARKER or ERRORTOKEN */
    size_t n, i;
    rt_token_vec *lexvec; /* the tokens' owner (its err is the tokenizer error) */
    rt_ast_arena *a;
    const char *src; /* the whole source, for error lines */
    size_t srclen;
    const char *filename;
    rt_syntax_error *err;
    int failed; /* err is set; unwind */
    int depth;  /* nesting of right-recursive rules, bounded by RT_PARSE_MAX_DEPTH (nest.h) */
    uintptr_t stack_base; /* RT_STACK_HERE() at rt_parse: the C stack backstop */
    int fstring_depth;
    const char *err_prefix; /* "f-string: " inside f-string expressions */
} rt__parser;

/* Reports a SyntaxError at a byte position (first error wins). Returns NULL. */
void *rt__parse_error_at(rt__parser *p, const char *type, int line, int col, int end_line,
                         int end_col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
/* Reports "out of memory" and returns NULL. */
void *rt__parse_oom(rt__parser *p);

/* Parses the run of STRING tokens starting at p->t[p->i] (implicit
 * concatenation, f-strings) into a Constant or JoinedStr. NULL on error. */
rt_ast_expr *rt__parse_strings(rt__parser *p);

/* Parses a comma-separated expression list up to ENDMARKER: the body of an
 * f-string replacement field, lexed on its own. Defined in parse.c. */
rt_ast_expr *rt__parse_fstring_expr(rt__parser *p);

rt_ast_expr *rt__expr_new(rt__parser *p, rt_ast_expr_kind k, const rt_token *start);

/* The arguments of a call from '(' (the current token) to ')', as a Call of
 * func positioned at func; NULL on error. Defined in parse.c. */
rt_ast_expr *rt__p_call_args(rt__parser *p, rt_ast_expr *func);

/* ---- shared between parse.c (expressions) and parse_stmt.c (statements) ---- */

typedef struct slist {
    rt_ast_stmt_list l;
    int cap;
} slist;
typedef struct elist {
    rt_ast_expr_list l;
    int cap;
} elist;
static inline const rt_token *cur(const rt__parser *p)
{
    return &p->t[p->i];
}
static inline rt_tok_kind kind(const rt__parser *p)
{
    return p->t[p->i].kind;
}
static inline rt_tok_kind peek_kind(const rt__parser *p, size_t k)
{
    return p->i + k < p->n ? p->t[p->i + k].kind : RT_TOK_ENDMARKER;
}
static inline const rt_token *prev(const rt__parser *p)
{
    return p->i ? &p->t[p->i - 1] : &p->t[0];
}
static inline void advance(rt__parser *p)
{
    if (p->i + 1 < p->n)
        p->i++;
}
static inline int accept(rt__parser *p, rt_tok_kind k)
{
    if (kind(p) == k) {
        advance(p);
        return 1;
    }
    return 0;
}

rt_ast_expr *rt__p_bitwise_or(rt__parser *p);
/* Enters one level of a recursive rule: 0, or -1 after reporting CPython's
 * parser-stack MemoryError (nest.h); the caller undoes it with depth--. */
int rt__p_enter(rt__parser *p);
/* rt__p_enter for a rule that costs CPython's parser two levels (lambda,
 * `**`): 0, or -1 after reporting the overflow; undo with depth -= 2. */
int rt__p_enter2(rt__parser *p);
int rt__p_epush(rt__parser *p, elist *l, rt_ast_expr *e);
void *rt__p_expect(rt__parser *p, rt_tok_kind k);
const char *rt__p_expr_name(const rt_ast_expr *e);
rt_ast_expr *rt__p_expression(rt__parser *p);
/* named_expression: `NAME := expression` (a NamedExpr) or an expression;
 * CPython's "cannot use assignment expressions with ..." for other targets. */
rt_ast_expr *rt__p_named_expression(rt__parser *p);
/* star_named_expression: '*' bitwise_or | named_expression. */
rt_ast_expr *rt__p_star_named_expression(rt__parser *p);
/* The NUMBER token at the cursor as a Constant. */
rt_ast_expr *rt__p_number(rt__parser *p);
/* The indented block (or simple statements) after a compound statement's
 * ':'; `what` and `line` name the statement in the IndentationError. */
int rt__p_block(rt__parser *p, rt_ast_stmt_list *out, const char *what, int line);
/* parse_match.c: whether the cursor starts a match statement (`match` is a
 * soft keyword), and the statement. */
bool rt__p_at_match(const rt__parser *p);
rt_ast_stmt *rt__p_match_stmt(rt__parser *p);
rt_ast_expr *rt__p_finish(rt__parser *p, rt_ast_expr *e);
rt_ast_stmt *rt__p_finish_stmt(rt__parser *p, rt_ast_stmt *s);
int rt__p_grow(rt__parser *p, void **arr, int *cap, int n, size_t elsize);
void *rt__p_invalid(rt__parser *p);
void *rt__p_lex_error(rt__parser *p);
rt_ast_arguments *rt__p_parameters(rt__parser *p, rt_tok_kind close, int is_lambda);
void rt__p_pos_from(rt_ast_pos *pos, const rt_token *t);
int rt__p_set_context(rt__parser *p, rt_ast_expr *e, rt_ast_ctx ctx, int in_assign);
int rt__p_spush(rt__parser *p, slist *l, rt_ast_stmt *s);
rt_ast_expr *rt__p_star_expressions(rt__parser *p);
/* yield_expr at a 'yield' token: Yield or YieldFrom. */
rt_ast_expr *rt__p_yield_expr(rt__parser *p);
int rt__p_starts_expression(rt_tok_kind k);
rt_ast_stmt *rt__p_stmt_new(rt__parser *p, rt_ast_stmt_kind k, const rt_token *start);
rt_ast_str rt__p_tok_str(rt__parser *p, const rt_token *t);

#endif
