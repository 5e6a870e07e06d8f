/* compile_unit.h: the compiler's state for one scope (a module, class,
 * function, lambda or comprehension body) and the walkers shared by
 * compile.c (entry points), compile_unit.c (emitting, tables, assembling),
 * compile_expr.c (expressions) and compile_stmt.c (statements).
 * Internal to runtime/.
 *
 * Errors: allocation failures set the sticky `*failed` flag (the exception
 * is already set on the state) and the emitters become no-ops, so the
 * walkers need no error plumbing. */
#ifndef CLOSURED_RUNTIME_COMPILE_UNIT_H
#define CLOSURED_RUNTIME_COMPILE_UNIT_H

#include "runtime/ast.h"
#include "runtime/compile.h"
#include "runtime/opcodes.h"
#include "runtime/ops.h"
#include "runtime/state.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- per-scope unit --------------------------------------------------------- */

enum fb_kind {
    FB_WHILE,
    FB_FOR,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_HANDLER,
    FB_STAR_HANDLER, /* an except* clause's body: break, continue and return cannot leave it */
    FB_POP_VALUE,    /* a return value under an inlined finally body */
    FB_WITH          /* a with body: the bound __exit__ is on the stack */
};

typedef struct fblock {
    enum fb_kind kind;
    int start, end;                /* loops: continue / break labels */
    const rt_ast_stmt_list *final; /* FB_FINALLY_TRY: the finally body */
    const rt_ast_excepthandler *h; /* FB_HANDLER: the handler (its `as` name) */
    bool is_async;                 /* FB_WITH: async with (__aexit__'s result is awaited) */
    int npop;                      /* FB_FOR: the stack items the loop holds (its iterator, or
                                    * a loop over a display's items: they and the counter) */
} fblock;

#define MAX_FBLOCKS 64

typedef struct cunit {
    rt_state *rt;
    rt_syntax_error *err;
    const rt_ast_module *mod;
    rt_ast_scope *scope;
    bool *failed;

    uint32_t *insns;
    int32_t *lines;
    uint32_t *cols; /* rt_code.cols, per instruction */
    size_t n, cap;

    rt_value *consts;
    size_t nconsts, capconsts;
    rt_value *names;
    size_t nnames, capnames;
    struct vindex {
        uint32_t *slot; /* open addressing: array position + 1; 0 = empty */
        size_t cap;     /* a power of two, more than twice the entries; 0 = none yet */
    } iconsts, inames;  /* hash indexes of consts and names: a scope with 100k
                           constants compiles in linear time */
    uint32_t *gnames;   /* name index per LOAD_GLOBAL cache slot */
    size_t ngcache, capgcache;

    int *labels;
    size_t nlabels, caplabels;

    fblock fb[MAX_FBLOCKS];
    int nfb;
    int maxblocks;
    int line;
    rt_ast_pos pos; /* the expression (or statement) being compiled: its columns go with an
                       instruction whose line is pos.line (else none: no carets) */
    int lastline;
    bool interactive; /* compile(..., 'single'): top-level expression statements echo */
    bool has_doc;     /* consts[0] is the docstring */
    /* A generator expression being compiled in place (compile_genexpr.c):
     * names resolved in its scope are translated to this unit's (its locals
     * to the hidden slots from inl_base, its free names to the cells they
     * close over here). */
    const rt_ast_scope *inl;
    int inl_base;
    rt_ast_str *hidden; /* names of the hidden locals, after scope->varnames */
    int nhidden, caphidden;
} cunit;

/* compile_unit.c: growing, emitting, tables, names, assembling */
void rt__c_syntax_error(cunit *u, int line, int col, const char *msg);
/* The same error spanning pos (its end too). */
void rt__c_syntax_error_span(cunit *u, const rt_ast_pos *pos, const char *msg);
bool rt__c_stack_exhausted(cunit *u);
int rt__c_emit(cunit *u, rt_opcode op, uint32_t arg);
/* The operator an AST binop names; RT_OP_COUNT for `@` (no number or
 * builtin type has it). */
rt_binop_kind rt__c_binop_kind(rt_ast_binop op);
int rt__c_new_label(cunit *u);
void rt__c_bind_label(cunit *u, int l);
void rt__c_emit_jump(cunit *u, rt_opcode op, int label);
uint32_t rt__c_add_const(cunit *u, rt_value v);
rt_value rt__c_str_of(cunit *u, rt_ast_str s);
uint32_t rt__c_add_name(cunit *u, rt_ast_str s);
uint32_t rt__c_add_mangled(cunit *u, rt_ast_str s);
void rt__c_load_const(cunit *u, rt_value v);
void rt__c_load_none(cunit *u);
/* `yield from` (await false) or `await` (true) of the value on top: the
 * delegation loop, leaving the delegate's return value (compile_expr.c). */
void rt__c_delegate(cunit *u, bool await);
/* The delegation loop alone, over the iterator already on top (GET_ANEXT's
 * awaitable): leaves the delegate's return value. */
void rt__c_send_loop(cunit *u);
/* CPython's compile-time SyntaxWarnings (compile_warn.c): `is` with a
 * literal, calling or subscripting a literal, an assert of a tuple. Each
 * may fail the compilation (an "error" warnings filter). */
void rt__c_check_compare(cunit *u, const rt_ast_expr *e);
void rt__c_check_call(cunit *u, const rt_ast_expr *e);
void rt__c_check_subscript(cunit *u, const rt_ast_expr *e);
void rt__c_check_assert(cunit *u, const rt_ast_stmt *s);
void rt__c_name_op(cunit *u, rt_ast_str id, rt_ast_name_res res, rt_ast_ctx ctx);
rt_value rt__c_assemble(cunit *u);
void rt__c_unit_dispose(cunit *u);

/* compile_expr.c: expressions and targets */
void rt__c_expr(cunit *u, const rt_ast_expr *e);
void rt__c_store_target(cunit *u, const rt_ast_expr *t);
void rt__c_jump_if(cunit *u, const rt_ast_expr *e, bool cond, int label);
void rt__c_sequence(cunit *u, const rt_ast_expr_list *elts, rt_opcode build);
uint32_t rt__c_push_defaults(cunit *u, const rt_ast_arguments *a);
void rt__c_make_function(cunit *u, rt_ast_scope *sc, uint32_t flags, rt_value code);
bool rt__c_future_annotations(const rt_ast_module *m);
void rt__c_annotation(cunit *u, const rt_ast_expr *e);
uint32_t rt__c_push_annotations(cunit *u, const rt_ast_arguments *a, const rt_ast_expr *returns);
void rt__c_comprehension(cunit *u, const rt_ast_expr *e);
void rt__c_call(cunit *u, const rt_ast_expr *e);
rt_value rt__c_const_value(cunit *u, const rt_ast_expr *e);
/* compile_fold.c: e folded to one constant (a new reference), or RT_NULL
 * when it is not a foldable number expression (no exception then). */
rt_value rt__c_fold(cunit *u, const rt_ast_expr *e);
void rt__c_delete_target(cunit *u, const rt_ast_expr *t);
void rt__c_aug_assign(cunit *u, const rt_ast_stmt *s);

/* compile_stmt.c: statements */
void rt__c_stmts(cunit *u, const rt_ast_stmt_list *l);
bool rt__c_has_annotations(const rt_ast_stmt_list *body);
const rt_ast_expr *rt__c_docstring_of(const rt_ast_stmt_list *body);
void rt__c_class_body(cunit *u, const rt_ast_stmt_list *body);
void rt__c_comp_body(cunit *u, const rt_ast_expr *e);

/* compile_genexpr.c: sum(<generator expression>) as a loop of this unit,
 * when the call qualifies; false (nothing emitted) when it does not. */
bool rt__c_sum_genexpr(cunit *u, const rt_ast_expr *call);
/* compile_stmt.c: SETUP_BLOCK to handler, counted in the unit's block depth. */
void rt__c_setup_block(cunit *u, int handler);

/* compile_match.c: the match statement */
void rt__c_match_stmt(cunit *u, const rt_ast_stmt *s);

/* compile.c: scopes */
rt_value rt__c_compile_scope(cunit *parent, rt_ast_scope *sc, const rt_ast_stmt_list *body,
                             const rt_ast_expr *lambda_body, const rt_ast_expr *comp);

#endif
