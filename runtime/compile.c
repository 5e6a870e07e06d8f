/* compile.c: the compiler: walks an analysed AST scope by scope and emits
 * bytecode (opcodes.h) into code objects (code.h).
 *
 * Errors: allocation failures set a sticky `failed` flag (the exception is
 * already set on the state) and the emitters become no-ops, so the walkers
 * need no error plumbing; the few compile-time SyntaxErrors fill the caller's
 * rt_syntax_error the same way. */
#include "runtime/compile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/ast.h"
#include "runtime/nest.h"
#include "runtime/parse.h"
#include "runtime/scope.h"

#include "runtime/bigint.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/lex.h"
#include "runtime/num.h"
#include "runtime/opcodes.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

/* ---- per-scope unit --------------------------------------------------------- */

enum fb_kind {
    FB_WHILE,
    FB_FOR,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_HANDLER,
    FB_POP_VALUE, /* a return value under an inlined finally body */
    FB_WITH       /* a with body: the bound __exit__ is on the stack */
};

typedef struct fblock {
    enum fb_kind kind;
    int start, end;                /* loops: continue / break labels */
    const rt_ast_stmt_list *final; /* FB_FINALLY_TRY: the finally body */
    const rt_ast_excepthandler *h; /* FB_HANDLER: the handler (its `as` name) */
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
    int lastline;
    bool interactive; /* compile(..., 'single'): top-level expression statements echo */
    bool has_doc;     /* consts[0] is the docstring */
} cunit;

static bool grow(cunit *u, void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    size_t nc = *cap ? *cap * 2 : 16;
    while (nc < need)
        nc *= 2;
    void *q = realloc(*p, nc * elem);
    if (!q) {
        if (!*u->failed)
            rt_raise(u->rt, RT_EXC_MemoryError, "out of memory");
        *u->failed = true;
        return false;
    }
    *p = q;
    *cap = nc;
    return true;
}

static void syntax_error(cunit *u, int line, int col, const char *msg)
{
    if (*u->failed)
        return;
    *u->failed = true;
    rt_syntax_error *e = u->err;
    memset(e, 0, sizeof *e);
    snprintf(e->type, sizeof e->type, "SyntaxError");
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    snprintf(e->filename, sizeof e->filename, "%s", u->mod->filename ? u->mod->filename : "");
    e->line = line;
    e->col = col;
    /* the source line */
    const char *s = u->mod->source.s;
    size_t len = u->mod->source.len;
    if (s) {
        int ln = 1;
        size_t i = 0;
        while (i < len && ln < line) {
            if (s[i] == '\n')
                ln++;
            i++;
        }
        size_t j = i;
        while (j < len && s[j] != '\n')
            j++;
        size_t n = j - i < sizeof e->text - 1 ? j - i : sizeof e->text - 1;
        memcpy(e->text, s + i, n);
        e->text[n] = 0;
    }
}

/* True (and the error reported) when the walk has used up the C stack
 * budget (nest.h). The scope pass already bounds the tree's depth; this is
 * the backstop for builds whose frames are large. */
static bool stack_exhausted(cunit *u)
{
    if (!rt__stack_exhausted(u->rt->stack_base))
        return false;
    if (!*u->failed) {
        *u->failed = true;
        memset(u->err, 0, sizeof *u->err);
        snprintf(u->err->type, sizeof u->err->type, "RecursionError");
        snprintf(u->err->msg, sizeof u->err->msg, "%s", RT_COMPILE_DEPTH_MSG);
    }
    return true;
}

/* ---- emitting ----------------------------------------------------------------- */

static int emit(cunit *u, rt_opcode op, uint32_t arg)
{
    if (*u->failed)
        return 0;
    if (u->n + 1 > u->cap) {
        size_t cap = u->cap;
        if (!grow(u, (void **)&u->insns, &cap, u->n + 1, sizeof *u->insns))
            return 0;
        void *q = realloc(u->lines, cap * sizeof *u->lines);
        if (!q) {
            *u->failed = true;
            rt_raise(u->rt, RT_EXC_MemoryError, "out of memory");
            return 0;
        }
        u->lines = q;
        u->cap = cap;
    }
    u->insns[u->n] = rt_insn(op, arg);
    u->lines[u->n] = u->line;
    if (u->line > u->lastline)
        u->lastline = u->line;
    return (int)u->n++;
}

static int new_label(cunit *u)
{
    if (!grow(u, (void **)&u->labels, &u->caplabels, u->nlabels + 1, sizeof *u->labels))
        return 0;
    u->labels[u->nlabels] = -1;
    return (int)u->nlabels++;
}

static void bind_label(cunit *u, int l)
{
    if (*u->failed)
        return;
    u->labels[l] = (int)u->n;
}

static void emit_jump(cunit *u, rt_opcode op, int label)
{
    emit(u, op, (uint32_t)label);
}

/* The key the constants' index files v under: equal strings and equal
 * boxed ints share one; any other value is its own (its bits). */
static uint64_t const_key(rt_value v)
{
    if (rt_is_str(v))
        return (uint64_t)rt_str_hash(v);
    if (rt_is_obj(v) && rt_as_obj(v)->type == RT_T_INT)
        return (uint64_t)rt_bigint_hash(v) * UINT64_C(0x9E3779B97F4A7C15);
    return ((uint64_t)v >> 3) * UINT64_C(0xC2B2AE3D27D4EB4F);
}

/* True when constant c can stand for v: the same value, equal strings or
 * equal boxed ints. */
static bool const_same(rt_value c, rt_value v)
{
    if (c == v)
        return true;
    if (rt_is_str(c) && rt_is_str(v))
        return rt_str_eq(c, v);
    return rt_is_obj(c) && rt_is_obj(v) && rt_as_obj(c)->type == RT_T_INT &&
           rt_as_obj(v)->type == RT_T_INT && rt_bigint_cmp(c, v) == 0;
}

/* The position of the entry of arr (n entries, indexed by ix) that equals v
 * (same(arr[i], v) with key(arr[i]) == key), or -1. */
static long vindex_find(const struct vindex *ix, const rt_value *arr, rt_value v, uint64_t key,
                        uint64_t (*keyf)(rt_value), bool (*same)(rt_value, rt_value))
{
    if (!ix->cap)
        return -1;
    for (size_t h = key & (ix->cap - 1); ix->slot[h]; h = (h + 1) & (ix->cap - 1)) {
        rt_value c = arr[ix->slot[h] - 1];
        if (keyf(c) == key && same(c, v))
            return (long)ix->slot[h] - 1;
    }
    return -1;
}

/* Files arr[n - 1] (n entries) in ix, rebuilding it larger when needed;
 * false (failed set) when the host is out of memory. */
static bool vindex_add(cunit *u, struct vindex *ix, const rt_value *arr, size_t n,
                       uint64_t (*keyf)(rt_value))
{
    if (2 * n >= ix->cap) {
        size_t ncap = ix->cap ? ix->cap * 2 : 64;
        uint32_t *ns = calloc(ncap, sizeof *ns);
        if (!ns) {
            if (!*u->failed)
                rt_raise(u->rt, RT_EXC_MemoryError, "out of memory");
            *u->failed = true;
            return false;
        }
        free(ix->slot);
        ix->slot = ns;
        ix->cap = ncap;
        for (size_t i = 0; i + 1 < n; i++) {
            size_t h = keyf(arr[i]) & (ncap - 1);
            while (ns[h])
                h = (h + 1) & (ncap - 1);
            ns[h] = (uint32_t)(i + 1);
        }
    }
    size_t h = keyf(arr[n - 1]) & (ix->cap - 1);
    while (ix->slot[h])
        h = (h + 1) & (ix->cap - 1);
    ix->slot[h] = (uint32_t)n;
    return true;
}

/* Adds v (stolen) to the constants, reusing an equal simple constant. */
static uint32_t add_const(cunit *u, rt_value v)
{
    if (*u->failed) {
        rt_decref(u->rt, v);
        return 0;
    }
    if (!v) {
        *u->failed = true;
        return 0;
    }
    long at = vindex_find(&u->iconsts, u->consts, v, const_key(v), const_key, const_same);
    if (at >= 0) {
        rt_decref(u->rt, v);
        return (uint32_t)at;
    }
    if (!grow(u, (void **)&u->consts, &u->capconsts, u->nconsts + 1, sizeof *u->consts)) {
        rt_decref(u->rt, v);
        return 0;
    }
    u->consts[u->nconsts] = v;
    if (!vindex_add(u, &u->iconsts, u->consts, u->nconsts + 1, const_key)) {
        rt_decref(u->rt, v);
        return 0;
    }
    return (uint32_t)u->nconsts++;
}

static rt_value str_of(cunit *u, rt_ast_str s)
{
    return rt_str_intern(u->rt, s.s, s.len);
}

static bool same_value(rt_value a, rt_value b)
{
    return a == b;
}

static uint32_t add_name(cunit *u, rt_ast_str s)
{
    if (*u->failed)
        return 0;
    rt_value v = str_of(u, s);
    if (!v) {
        *u->failed = true;
        return 0;
    }
    /* names are interned: the same name is the same object */
    long at = vindex_find(&u->inames, u->names, v, const_key(v), const_key, same_value);
    if (at >= 0) {
        rt_decref(u->rt, v);
        return (uint32_t)at;
    }
    if (!grow(u, (void **)&u->names, &u->capnames, u->nnames + 1, sizeof *u->names)) {
        rt_decref(u->rt, v);
        return 0;
    }
    u->names[u->nnames] = v;
    if (!vindex_add(u, &u->inames, u->names, u->nnames + 1, const_key)) {
        rt_decref(u->rt, v);
        return 0;
    }
    return (uint32_t)u->nnames++;
}

/* The index of attribute (or class-body) name s, mangled as CPython does
 * inside a class: __x becomes _Class__x (not __x__, not in a class named
 * only with underscores). */
static uint32_t add_mangled(cunit *u, rt_ast_str s)
{
    if (s.len < 3 || s.s[0] != '_' || s.s[1] != '_' ||
        (s.s[s.len - 1] == '_' && s.s[s.len - 2] == '_') || memchr(s.s, '.', s.len))
        return add_name(u, s);
    const rt_ast_scope *c = u->scope;
    while (c && c->kind != RT_SCOPE_CLASS)
        c = c->parent;
    if (!c)
        return add_name(u, s);
    const char *cls = c->name.s;
    size_t cl = c->name.len;
    while (cl && *cls == '_') {
        cls++;
        cl--;
    }
    if (!cl)
        return add_name(u, s);
    char buf[512];
    if (cl + s.len + 2 > sizeof buf)
        return add_name(u, s);
    buf[0] = '_';
    memcpy(buf + 1, cls, cl);
    memcpy(buf + 1 + cl, s.s, s.len);
    rt_ast_str m = {buf, cl + s.len + 1};
    buf[m.len] = 0;
    return add_name(u, m);
}

static void load_const(cunit *u, rt_value v)
{
    emit(u, RT_OP_LOAD_CONST, add_const(u, v));
}
static void load_none(cunit *u)
{
    load_const(u, RT_NONE);
}

/* ---- names ---------------------------------------------------------------------- */

static void load_global(cunit *u, rt_ast_str name)
{
    uint32_t ni = add_name(u, name);
    if (*u->failed)
        return;
    if (!grow(u, (void **)&u->gnames, &u->capgcache, u->ngcache + 1, sizeof *u->gnames))
        return;
    u->gnames[u->ngcache] = ni;
    emit(u, RT_OP_LOAD_GLOBAL, (uint32_t)u->ngcache++);
}

static void name_op(cunit *u, rt_ast_str id, rt_ast_name_res res, rt_ast_ctx ctx)
{
    int ncell = u->scope->ncellvars;
    switch (res.kind) {
    case RT_NAME_NAME:
        emit(u,
             ctx == RT_CTX_LOAD    ? RT_OP_LOAD_NAME
             : ctx == RT_CTX_STORE ? RT_OP_STORE_NAME
                                   : RT_OP_DELETE_NAME,
             add_mangled(u, id));
        return;
    case RT_NAME_LOCAL:
        emit(u,
             ctx == RT_CTX_LOAD    ? RT_OP_LOAD_FAST
             : ctx == RT_CTX_STORE ? RT_OP_STORE_FAST
                                   : RT_OP_DELETE_FAST,
             (uint32_t)res.slot);
        return;
    case RT_NAME_CELL:
    case RT_NAME_FREE: {
        uint32_t slot = (uint32_t)(res.kind == RT_NAME_CELL ? res.slot : ncell + res.slot);
        bool classdef = u->scope->kind == RT_SCOPE_CLASS;
        emit(u,
             ctx == RT_CTX_LOAD && classdef ? RT_OP_LOAD_CLASSDEREF
             : ctx == RT_CTX_LOAD           ? RT_OP_LOAD_DEREF
             : ctx == RT_CTX_STORE          ? RT_OP_STORE_DEREF
                                            : RT_OP_DELETE_DEREF,
             slot);
        return;
    }
    default:
        if (ctx == RT_CTX_LOAD)
            load_global(u, id);
        else
            emit(u, ctx == RT_CTX_STORE ? RT_OP_STORE_GLOBAL : RT_OP_DELETE_GLOBAL,
                 add_name(u, id));
        return;
    }
}

/* ---- expressions ---------------------------------------------------------------- */

static void expr(cunit *u, const rt_ast_expr *e);
static void stmts(cunit *u, const rt_ast_stmt_list *l);
static void call_exit_none(cunit *u);
static void store_target(cunit *u, const rt_ast_expr *t);
static rt_value compile_scope(cunit *parent, rt_ast_scope *sc, const rt_ast_stmt_list *body,
                              const rt_ast_expr *lambda_body, const rt_ast_expr *comp);

static rt_binop_kind binop_kind(rt_ast_binop op)
{
    switch (op) {
    case RT_BINOP_ADD: return RT_OP_ADD;
    case RT_BINOP_SUB: return RT_OP_SUB;
    case RT_BINOP_MULT: return RT_OP_MUL;
    case RT_BINOP_DIV: return RT_OP_TRUEDIV;
    case RT_BINOP_MOD: return RT_OP_MOD;
    case RT_BINOP_POW: return RT_OP_POW;
    case RT_BINOP_LSHIFT: return RT_OP_LSHIFT;
    case RT_BINOP_RSHIFT: return RT_OP_RSHIFT;
    case RT_BINOP_BITOR: return RT_OP_OR;
    case RT_BINOP_BITXOR: return RT_OP_XOR;
    case RT_BINOP_BITAND: return RT_OP_AND;
    case RT_BINOP_FLOORDIV: return RT_OP_FLOORDIV;
    default: return RT_OP_COUNT; /* @: no type supports it */
    }
}

static void compare_op(cunit *u, rt_ast_cmpop op)
{
    switch (op) {
    case RT_ASTCMP_EQ: emit(u, RT_OP_COMPARE_OP, RT_CMP_EQ); break;
    case RT_ASTCMP_NOTEQ: emit(u, RT_OP_COMPARE_OP, RT_CMP_NE); break;
    case RT_ASTCMP_LT: emit(u, RT_OP_COMPARE_OP, RT_CMP_LT); break;
    case RT_ASTCMP_LTE: emit(u, RT_OP_COMPARE_OP, RT_CMP_LE); break;
    case RT_ASTCMP_GT: emit(u, RT_OP_COMPARE_OP, RT_CMP_GT); break;
    case RT_ASTCMP_GTE: emit(u, RT_OP_COMPARE_OP, RT_CMP_GE); break;
    case RT_ASTCMP_IS: emit(u, RT_OP_IS_OP, 0); break;
    case RT_ASTCMP_ISNOT: emit(u, RT_OP_IS_OP, 1); break;
    case RT_ASTCMP_IN: emit(u, RT_OP_CONTAINS_OP, 0); break;
    case RT_ASTCMP_NOTIN: emit(u, RT_OP_CONTAINS_OP, 1); break;
    default: break;
    }
}

static void compare(cunit *u, const rt_ast_expr *e)
{
    int n = e->u.compare.comparators.n;
    expr(u, e->u.compare.left);
    if (n == 1) {
        expr(u, e->u.compare.comparators.v[0]);
        compare_op(u, e->u.compare.ops[0]);
        return;
    }
    int cleanup = new_label(u), end = new_label(u);
    for (int i = 0; i < n - 1; i++) {
        expr(u, e->u.compare.comparators.v[i]);
        emit(u, RT_OP_DUP_TOP, 0);
        emit(u, RT_OP_ROT_THREE, 0);
        compare_op(u, e->u.compare.ops[i]);
        emit_jump(u, RT_OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(u, e->u.compare.comparators.v[n - 1]);
    compare_op(u, e->u.compare.ops[n - 1]);
    emit_jump(u, RT_OP_JUMP, end);
    bind_label(u, cleanup);
    emit(u, RT_OP_ROT_TWO, 0);
    emit(u, RT_OP_POP_TOP, 0);
    bind_label(u, end);
}

/* Jumps to label when the truth of e equals cond; falls through otherwise. */
static void jump_if(cunit *u, const rt_ast_expr *e, bool cond, int label)
{
    if (e->kind == RT_EXPR_UNARYOP && e->u.unaryop.op == RT_UNARY_NOT) {
        jump_if(u, e->u.unaryop.operand, !cond, label);
        return;
    }
    if (e->kind == RT_EXPR_BOOLOP) {
        bool is_or = e->u.boolop.op == RT_BOOL_OR;
        int n = e->u.boolop.values.n;
        if (is_or == cond) {
            /* (a or b) true -> jump if any true; (a and b) false -> jump if any false */
            for (int i = 0; i < n; i++)
                jump_if(u, e->u.boolop.values.v[i], cond, label);
        } else {
            int skip = new_label(u);
            for (int i = 0; i < n - 1; i++)
                jump_if(u, e->u.boolop.values.v[i], !cond, skip);
            jump_if(u, e->u.boolop.values.v[n - 1], cond, label);
            bind_label(u, skip);
        }
        return;
    }
    if (e->kind == RT_EXPR_CONSTANT && (e->u.constant.kind == RT_CONST_TRUE ||
                                        (e->u.constant.kind == RT_CONST_INT && e->u.constant.i))) {
        if (cond)
            emit_jump(u, RT_OP_JUMP, label);
        return;
    }
    expr(u, e);
    emit_jump(u, cond ? RT_OP_POP_JUMP_IF_TRUE : RT_OP_POP_JUMP_IF_FALSE, label);
}

static bool has_starred(const rt_ast_expr_list *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->v[i]->kind == RT_EXPR_STARRED)
            return true;
    return false;
}

/* Builds a list, tuple or set from elements that may contain *x. */
/* Displays, calls and f-strings with more parts than this are built
 * incrementally, as CPython's STACK_USE_GUIDELINE: the value stack of a
 * frame stays small however long the display is (and fits the code
 * object's 16-bit stack size). */
#define STACK_USE_GUIDELINE 30

static void sequence(cunit *u, const rt_ast_expr_list *elts, rt_opcode build)
{
    if (!has_starred(elts) && elts->n <= STACK_USE_GUIDELINE) {
        for (int i = 0; i < elts->n; i++)
            expr(u, elts->v[i]);
        emit(u, build, (uint32_t)elts->n);
        return;
    }
    bool set = build == RT_OP_BUILD_SET;
    emit(u, set ? RT_OP_BUILD_SET : RT_OP_BUILD_LIST, 0);
    for (int i = 0; i < elts->n; i++) {
        const rt_ast_expr *x = elts->v[i];
        if (x->kind == RT_EXPR_STARRED) {
            expr(u, x->u.starred.value);
            emit(u, set ? RT_OP_SET_UPDATE : RT_OP_LIST_EXTEND, 1);
        } else {
            expr(u, x);
            emit(u, set ? RT_OP_SET_ADD : RT_OP_LIST_APPEND, 1);
        }
    }
    if (build == RT_OP_BUILD_TUPLE)
        emit(u, RT_OP_LIST_TO_TUPLE, 0);
}

static void dict_display(cunit *u, const rt_ast_expr *e)
{
    int n = e->u.dict.keys.n;
    bool spread = false;
    for (int i = 0; i < n; i++)
        if (!e->u.dict.keys.v[i])
            spread = true;
    if (!spread && n <= STACK_USE_GUIDELINE) {
        for (int i = 0; i < n; i++) {
            expr(u, e->u.dict.keys.v[i]);
            expr(u, e->u.dict.values.v[i]);
        }
        emit(u, RT_OP_BUILD_MAP, (uint32_t)n);
        return;
    }
    emit(u, RT_OP_BUILD_MAP, 0);
    for (int i = 0; i < n; i++) {
        if (e->u.dict.keys.v[i]) {
            expr(u, e->u.dict.keys.v[i]);
            expr(u, e->u.dict.values.v[i]);
            emit(u, RT_OP_MAP_ADD, 1);
        } else {
            expr(u, e->u.dict.values.v[i]);
            emit(u, RT_OP_DICT_UPDATE, 1);
        }
    }
}

/* Pushes the cells a child scope's closure needs (ast.h's recipe). */
static int push_closure(cunit *u, const rt_ast_scope *child)
{
    for (int i = 0; i < child->nfreevars; i++) {
        rt_ast_name_res r = child->closure[i];
        uint32_t slot = (uint32_t)(r.kind == RT_NAME_CELL ? r.slot : u->scope->ncellvars + r.slot);
        emit(u, RT_OP_LOAD_CLOSURE, slot);
    }
    return child->nfreevars;
}

/* Evaluates defaults / kw-only defaults of args; returns MAKE_FUNCTION flags. */
static uint32_t push_defaults(cunit *u, const rt_ast_arguments *a)
{
    uint32_t flags = 0;
    if (!a)
        return 0;
    if (a->defaults.n) {
        for (int i = 0; i < a->defaults.n; i++)
            expr(u, a->defaults.v[i]);
        emit(u, RT_OP_BUILD_TUPLE, (uint32_t)a->defaults.n);
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->nkwonly; i++) {
        if (a->kw_defaults && a->kw_defaults[i]) {
            load_const(u, str_of(u, a->kwonly[i].name));
            expr(u, a->kw_defaults[i]);
            nkw++;
        }
    }
    if (nkw) {
        emit(u, RT_OP_BUILD_MAP, (uint32_t)nkw);
        flags |= 2;
    }
    return flags;
}

static void make_function(cunit *u, rt_ast_scope *sc, uint32_t flags, rt_value code)
{
    int ncells = push_closure(u, sc);
    load_const(u, code);
    emit(u, RT_OP_MAKE_FUNCTION, flags | ((uint32_t)ncells << 3));
}

/* True when the module begins (after its docstring) with `from __future__
 * import annotations`: annotations are then kept as their source text, not
 * evaluated (PEP 563). */
static bool future_annotations(const rt_ast_module *m)
{
    for (int i = 0; i < m->body.n; i++) {
        const rt_ast_stmt *s = m->body.v[i];
        if (i == 0 && s->kind == RT_STMT_EXPR && s->u.expr.value->kind == RT_EXPR_CONSTANT &&
            s->u.expr.value->u.constant.kind == RT_CONST_STR)
            continue;
        if (s->kind != RT_STMT_IMPORTFROM || s->u.importfrom.level != 0 ||
            !s->u.importfrom.module.s || s->u.importfrom.module.len != 10 ||
            memcmp(s->u.importfrom.module.s, "__future__", 10) != 0)
            return false;
        for (int k = 0; k < s->u.importfrom.nnames; k++)
            if (s->u.importfrom.names[k].name.len == 11 &&
                !memcmp(s->u.importfrom.names[k].name.s, "annotations", 11))
                return true;
    }
    return false;
}

/* The byte offset of 1-based (line, col) in src, or src.len. */
static size_t source_offset(rt_ast_str src, int line, int col)
{
    size_t i = 0;
    for (int l = 1; l < line && i < src.len; i++)
        if (src.s[i] == '\n')
            l++;
    i += (size_t)(col > 0 ? col - 1 : 0);
    return i < src.len ? i : src.len;
}

/* Pushes an annotation: its value, or under `from __future__ import
 * annotations` its source text. */
static void annotation(cunit *u, const rt_ast_expr *e)
{
    if (!future_annotations(u->mod)) {
        expr(u, e);
        return;
    }
    rt_ast_str src = u->mod->source;
    size_t a = source_offset(src, e->pos.line, e->pos.col);
    size_t b = source_offset(src, e->pos.end_line, e->pos.end_col);
    rt_ast_str text = {src.s + a, b > a ? b - a : 0};
    load_const(u, str_of(u, text));
}

/* Pushes the parameter and return annotations of a def as a dict (MAKE_FUNCTION
 * flag 4); returns 4, or 0 when there are none. */
static uint32_t push_annotations(cunit *u, const rt_ast_arguments *a, const rt_ast_expr *returns)
{
    int n = 0;
    const rt_ast_arg *lists[4] = {a ? a->args : NULL, a ? a->vararg : NULL, a ? a->kwonly : NULL,
                                  a ? a->kwarg : NULL};
    int counts[4] = {a ? a->nargs : 0, a && a->vararg ? 1 : 0, a ? a->nkwonly : 0,
                     a && a->kwarg ? 1 : 0};
    for (int l = 0; l < 4; l++)
        for (int i = 0; i < counts[l]; i++)
            if (lists[l][i].annotation) {
                load_const(u, str_of(u, lists[l][i].name));
                annotation(u, lists[l][i].annotation);
                n++;
            }
    if (returns) {
        rt_ast_str r = {"return", 6};
        load_const(u, str_of(u, r));
        annotation(u, returns);
        n++;
    }
    if (!n)
        return 0;
    emit(u, RT_OP_BUILD_MAP, (uint32_t)n);
    return 4;
}

static void comprehension(cunit *u, const rt_ast_expr *e)
{
    rt_ast_scope *sc = e->u.comp.scope;
    rt_value code = compile_scope(u, sc, NULL, NULL, e);
    if (!code) {
        *u->failed = true;
        return;
    }
    emit(u, RT_OP_PUSH_NULL, 0);
    make_function(u, sc, 0, code);
    expr(u, e->u.comp.generators[0].iter);
    emit(u, RT_OP_GET_ITER, 0);
    emit(u, RT_OP_CALL, 1); /* a generator expression's call returns the generator */
}

/* `yield from x`: CPython 3.11's SEND loop. The delegate stays on the stack
 * while the loop runs; gen.c finds it there (YIELD_VALUE's argument 1) to
 * forward throw() and close(), and the JUMP right after the YIELD_VALUE back
 * to SEND is how it finds the loop's exit. */
static void yield_from(cunit *u, const rt_ast_expr *e)
{
    expr(u, e->u.yield.value);
    u->line = e->pos.line;
    emit(u, RT_OP_GET_YIELD_FROM_ITER, 0);
    load_none(u);
    int top = new_label(u), exit = new_label(u);
    bind_label(u, top);
    emit_jump(u, RT_OP_SEND, exit);
    emit(u, RT_OP_YIELD_VALUE, 1);
    emit_jump(u, RT_OP_JUMP, top);
    bind_label(u, exit);
}

static void call(cunit *u, const rt_ast_expr *e)
{
    const rt_ast_expr *fn = e->u.call.func;
    const rt_ast_expr_list *args = &e->u.call.args;
    int nkw = e->u.call.nkeywords;
    bool spread = has_starred(args);
    for (int i = 0; i < nkw; i++)
        if (!e->u.call.keywords[i].arg.s)
            spread = true;

    if (spread || args->n + nkw > STACK_USE_GUIDELINE) {
        emit(u, RT_OP_PUSH_NULL, 0);
        expr(u, fn);
        sequence(u, args, RT_OP_BUILD_TUPLE);
        if (nkw) {
            emit(u, RT_OP_BUILD_MAP, 0);
            for (int i = 0; i < nkw; i++) {
                const rt_ast_keyword *k = &e->u.call.keywords[i];
                if (k->arg.s) {
                    load_const(u, str_of(u, k->arg));
                    expr(u, k->value);
                    emit(u, RT_OP_BUILD_MAP, 1);
                } else {
                    expr(u, k->value);
                }
                emit(u, RT_OP_DICT_MERGE, 1);
            }
        }
        int saved = u->line;
        u->line = e->pos.line;
        emit(u, RT_OP_CALL_FUNCTION_EX, nkw ? 1 : 0);
        u->line = saved;
        return;
    }

    if (fn->kind == RT_EXPR_ATTRIBUTE) {
        expr(u, fn->u.attribute.value);
        emit(u, RT_OP_LOAD_METHOD, add_mangled(u, fn->u.attribute.attr));
    } else {
        emit(u, RT_OP_PUSH_NULL, 0);
        expr(u, fn);
    }
    for (int i = 0; i < args->n; i++)
        expr(u, args->v[i]);
    for (int i = 0; i < nkw; i++)
        expr(u, e->u.call.keywords[i].value);
    if (nkw) {
        rt_value t = rt_tuple_new(u->rt, nkw);
        if (!t) {
            *u->failed = true;
            return;
        }
        for (int i = 0; i < nkw; i++) {
            rt_value s = str_of(u, e->u.call.keywords[i].arg);
            if (!s) {
                *u->failed = true;
                rt_decref(u->rt, t);
                return;
            }
            rt_tuple_set_steal(t, i, s);
        }
        emit(u, RT_OP_KW_NAMES, add_const(u, t));
    }
    int saved = u->line;
    u->line = e->pos.line;
    emit(u, RT_OP_CALL, (uint32_t)(args->n + nkw));
    u->line = saved;
}

static rt_value const_value(cunit *u, const rt_ast_expr *e)
{
    rt_state *rt = u->rt;
    switch (e->u.constant.kind) {
    case RT_CONST_NONE: return RT_NONE;
    case RT_CONST_TRUE: return RT_TRUE;
    case RT_CONST_FALSE: return RT_FALSE;
    case RT_CONST_ELLIPSIS: rt_incref(rt->ellipsis); return rt->ellipsis;
    case RT_CONST_INT: return rt_int_from_i64(rt, e->u.constant.i);
    case RT_CONST_FLOAT: return rt_float_new(rt, e->u.constant.f);
    case RT_CONST_STR: return rt_str_intern(rt, e->u.constant.s.s, e->u.constant.s.len);
    case RT_CONST_BIGINT: {
        rt_value v = rt_bigint_from_digits(rt, e->u.constant.s.s, e->u.constant.s.len,
                                           e->u.constant.base, false);
        if (!v && rt_exc_matches(rt, RT_EXC_ValueError)) {
            /* CPython reports an over-long literal as a SyntaxError */
            char msg[320];
            rt_exc_clear(rt);
            snprintf(msg, sizeof msg,
                     "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
                     "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                     "hexadecimal for huge integer literals to avoid decimal conversion limits.",
                     RT_INT_MAX_STR_DIGITS, e->u.constant.s.len);
            syntax_error(u, e->pos.line, e->pos.col, msg);
        }
        return v;
    }
    default:
        syntax_error(u, e->pos.line, e->pos.col, "this literal is not supported by closured");
        return RT_NULL;
    }
}

static void joined_str(cunit *u, const rt_ast_expr *e)
{
    int n = e->u.joinedstr.values.n;
    if (n == 0) {
        load_const(u, rt_str_intern(u->rt, "", 0));
        return;
    }
    if (n <= STACK_USE_GUIDELINE) {
        for (int i = 0; i < n; i++)
            expr(u, e->u.joinedstr.values.v[i]);
        if (n > 1 || e->u.joinedstr.values.v[0]->kind != RT_EXPR_FORMATTEDVALUE)
            emit(u, RT_OP_BUILD_STRING, (uint32_t)n);
        return;
    }
    /* a long f-string: ''.join([parts]), each part a str already */
    load_const(u, rt_str_intern(u->rt, "", 0));
    rt_ast_str join = {"join", 4};
    emit(u, RT_OP_LOAD_METHOD, add_name(u, join));
    emit(u, RT_OP_BUILD_LIST, 0);
    for (int i = 0; i < n; i++) {
        expr(u, e->u.joinedstr.values.v[i]);
        emit(u, RT_OP_LIST_APPEND, 1);
    }
    emit(u, RT_OP_CALL, 1);
}

static void expr(cunit *u, const rt_ast_expr *e)
{
    if (*u->failed || stack_exhausted(u))
        return;
    int saved_line = u->line;
    u->line = e->pos.line;
    switch (e->kind) {
    case RT_EXPR_BOOLOP: {
        int end = new_label(u);
        int n = e->u.boolop.values.n;
        rt_opcode j =
            e->u.boolop.op == RT_BOOL_AND ? RT_OP_JUMP_IF_FALSE_OR_POP : RT_OP_JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < n - 1; i++) {
            expr(u, e->u.boolop.values.v[i]);
            emit_jump(u, j, end);
        }
        expr(u, e->u.boolop.values.v[n - 1]);
        bind_label(u, end);
        break;
    }
    case RT_EXPR_BINOP:
        expr(u, e->u.binop.left);
        expr(u, e->u.binop.right);
        u->line = e->pos.line;
        emit(u, RT_OP_BINARY_OP, (uint32_t)binop_kind(e->u.binop.op));
        break;
    case RT_EXPR_UNARYOP: {
        expr(u, e->u.unaryop.operand);
        static const rt_unop_kind map[] = {
            [RT_UNARY_INVERT] = RT_UOP_INVERT,
            [RT_UNARY_NOT] = RT_UOP_NOT,
            [RT_UNARY_UADD] = RT_UOP_POS,
            [RT_UNARY_USUB] = RT_UOP_NEG,
        };
        emit(u, RT_OP_UNARY_OP, (uint32_t)map[e->u.unaryop.op]);
        break;
    }
    case RT_EXPR_LAMBDA: {
        rt_ast_scope *sc = e->u.lambda.scope;
        uint32_t flags = push_defaults(u, e->u.lambda.args);
        rt_value code = compile_scope(u, sc, NULL, e->u.lambda.body, NULL);
        if (!code) {
            *u->failed = true;
            break;
        }
        make_function(u, sc, flags, code);
        break;
    }
    case RT_EXPR_IFEXP: {
        int orelse = new_label(u), end = new_label(u);
        jump_if(u, e->u.ifexp.test, false, orelse);
        expr(u, e->u.ifexp.body);
        emit_jump(u, RT_OP_JUMP, end);
        bind_label(u, orelse);
        expr(u, e->u.ifexp.orelse);
        bind_label(u, end);
        break;
    }
    case RT_EXPR_DICT: dict_display(u, e); break;
    case RT_EXPR_SET: sequence(u, &e->u.set.elts, RT_OP_BUILD_SET); break;
    case RT_EXPR_LISTCOMP:
    case RT_EXPR_SETCOMP:
    case RT_EXPR_DICTCOMP:
    case RT_EXPR_GENERATOREXP: comprehension(u, e); break;
    case RT_EXPR_COMPARE: compare(u, e); break;
    case RT_EXPR_CALL: call(u, e); break;
    case RT_EXPR_FORMATTEDVALUE: {
        expr(u, e->u.formattedvalue.value);
        uint32_t flags = 0;
        switch (e->u.formattedvalue.conversion) {
        case 's': flags = 1; break;
        case 'r': flags = 2; break;
        case 'a': flags = 3; break;
        default: break;
        }
        if (e->u.formattedvalue.format_spec) {
            expr(u, e->u.formattedvalue.format_spec);
            flags |= 4;
        }
        emit(u, RT_OP_FORMAT_VALUE, flags);
        break;
    }
    case RT_EXPR_JOINEDSTR: joined_str(u, e); break;
    case RT_EXPR_CONSTANT: {
        rt_value v = const_value(u, e);
        if (v)
            load_const(u, v);
        else
            *u->failed = true;
        break;
    }
    case RT_EXPR_ATTRIBUTE:
        expr(u, e->u.attribute.value);
        u->line = e->pos.line;
        emit(u, RT_OP_LOAD_ATTR, add_mangled(u, e->u.attribute.attr));
        break;
    case RT_EXPR_SUBSCRIPT:
        expr(u, e->u.subscript.value);
        expr(u, e->u.subscript.slice);
        u->line = e->pos.line;
        emit(u, RT_OP_BINARY_SUBSCR, 0);
        break;
    case RT_EXPR_STARRED:
        syntax_error(u, e->pos.line, e->pos.col, "can't use starred expression here");
        break;
    case RT_EXPR_YIELD:
        if (e->u.yield.value)
            expr(u, e->u.yield.value);
        else
            load_none(u);
        u->line = e->pos.line;
        emit(u, RT_OP_YIELD_VALUE, 0);
        break;
    case RT_EXPR_YIELDFROM: yield_from(u, e); break;
    case RT_EXPR_NAME: name_op(u, e->u.name.id, e->u.name.res, RT_CTX_LOAD); break;
    case RT_EXPR_LIST: sequence(u, &e->u.seq.elts, RT_OP_BUILD_LIST); break;
    case RT_EXPR_TUPLE: sequence(u, &e->u.seq.elts, RT_OP_BUILD_TUPLE); break;
    case RT_EXPR_SLICE: {
        const rt_ast_expr *parts[3] = {e->u.slice.lower, e->u.slice.upper, e->u.slice.step};
        int n = parts[2] ? 3 : 2;
        for (int i = 0; i < n; i++) {
            if (parts[i])
                expr(u, parts[i]);
            else
                load_none(u);
        }
        emit(u, RT_OP_BUILD_SLICE, (uint32_t)n);
        break;
    }
    default: syntax_error(u, e->pos.line, e->pos.col, "unsupported expression"); break;
    }
    u->line = saved_line;
}

/* ---- assignment targets ------------------------------------------------------- */

static void unpack(cunit *u, const rt_ast_expr *t)
{
    const rt_ast_expr_list *elts = &t->u.seq.elts;
    int star = -1;
    for (int i = 0; i < elts->n; i++) {
        if (elts->v[i]->kind == RT_EXPR_STARRED) {
            if (star >= 0) {
                syntax_error(u, t->pos.line, t->pos.col,
                             "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
    }
    if (star < 0) {
        emit(u, RT_OP_UNPACK_SEQUENCE, (uint32_t)elts->n);
    } else {
        uint32_t after = (uint32_t)(elts->n - star - 1);
        emit(u, RT_OP_UNPACK_EX, (uint32_t)star | (after << 8));
    }
    for (int i = 0; i < elts->n; i++) {
        const rt_ast_expr *x = elts->v[i];
        store_target(u, x->kind == RT_EXPR_STARRED ? x->u.starred.value : x);
    }
}

/* Stores TOS into target t (consuming it). */
static void store_target(cunit *u, const rt_ast_expr *t)
{
    int saved = u->line;
    u->line = t->pos.line;
    switch (t->kind) {
    case RT_EXPR_NAME: name_op(u, t->u.name.id, t->u.name.res, RT_CTX_STORE); break;
    case RT_EXPR_ATTRIBUTE:
        expr(u, t->u.attribute.value);
        emit(u, RT_OP_STORE_ATTR, add_mangled(u, t->u.attribute.attr));
        break;
    case RT_EXPR_SUBSCRIPT:
        expr(u, t->u.subscript.value);
        expr(u, t->u.subscript.slice);
        emit(u, RT_OP_STORE_SUBSCR, 0);
        break;
    case RT_EXPR_TUPLE:
    case RT_EXPR_LIST: unpack(u, t); break;
    case RT_EXPR_STARRED:
        syntax_error(u, t->pos.line, t->pos.col,
                     "starred assignment target must be in a list or tuple");
        break;
    default: syntax_error(u, t->pos.line, t->pos.col, "cannot assign to expression"); break;
    }
    u->line = saved;
}

static void delete_target(cunit *u, const rt_ast_expr *t)
{
    switch (t->kind) {
    case RT_EXPR_NAME: name_op(u, t->u.name.id, t->u.name.res, RT_CTX_DEL); break;
    case RT_EXPR_ATTRIBUTE:
        expr(u, t->u.attribute.value);
        emit(u, RT_OP_DELETE_ATTR, add_mangled(u, t->u.attribute.attr));
        break;
    case RT_EXPR_SUBSCRIPT:
        expr(u, t->u.subscript.value);
        expr(u, t->u.subscript.slice);
        emit(u, RT_OP_DELETE_SUBSCR, 0);
        break;
    case RT_EXPR_TUPLE:
    case RT_EXPR_LIST:
        for (int i = 0; i < t->u.seq.elts.n; i++)
            delete_target(u, t->u.seq.elts.v[i]);
        break;
    default: syntax_error(u, t->pos.line, t->pos.col, "cannot delete expression"); break;
    }
}

static void aug_assign(cunit *u, const rt_ast_stmt *s)
{
    const rt_ast_expr *t = s->u.augassign.target;
    uint32_t op = (uint32_t)binop_kind(s->u.augassign.op) | RT_BINOP_INPLACE;
    switch (t->kind) {
    case RT_EXPR_NAME:
        name_op(u, t->u.name.id, t->u.name.res, RT_CTX_LOAD);
        expr(u, s->u.augassign.value);
        emit(u, RT_OP_BINARY_OP, op);
        name_op(u, t->u.name.id, t->u.name.res, RT_CTX_STORE);
        break;
    case RT_EXPR_ATTRIBUTE: {
        uint32_t ni = add_mangled(u, t->u.attribute.attr);
        expr(u, t->u.attribute.value);
        emit(u, RT_OP_DUP_TOP, 0);
        emit(u, RT_OP_LOAD_ATTR, ni);
        expr(u, s->u.augassign.value);
        emit(u, RT_OP_BINARY_OP, op);
        emit(u, RT_OP_ROT_TWO, 0);
        emit(u, RT_OP_STORE_ATTR, ni);
        break;
    }
    case RT_EXPR_SUBSCRIPT:
        expr(u, t->u.subscript.value);
        expr(u, t->u.subscript.slice);
        emit(u, RT_OP_DUP_TOP_TWO, 0);
        emit(u, RT_OP_BINARY_SUBSCR, 0);
        expr(u, s->u.augassign.value);
        emit(u, RT_OP_BINARY_OP, op);
        emit(u, RT_OP_ROT_THREE, 0);
        emit(u, RT_OP_STORE_SUBSCR, 0);
        break;
    default:
        syntax_error(u, t->pos.line, t->pos.col,
                     "'expression' is an illegal expression for augmented assignment");
        break;
    }
}

/* ---- control flow ---------------------------------------------------------------- */

static fblock *push_fb(cunit *u, enum fb_kind kind, int start, int end)
{
    if (u->nfb >= MAX_FBLOCKS) {
        syntax_error(u, u->line, 0, "too many statically nested blocks");
        return NULL;
    }
    fblock *f = &u->fb[u->nfb++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->start = start;
    f->end = end;
    return f;
}

/* Emits SETUP_BLOCK to handler, tracking the deepest runtime block nesting. */
static void setup_block(cunit *u, int handler)
{
    int depth = 1;
    for (int i = 0; i < u->nfb; i++)
        if (u->fb[i].kind == FB_TRY_EXCEPT || u->fb[i].kind == FB_FINALLY_TRY ||
            u->fb[i].kind == FB_HANDLER || u->fb[i].kind == FB_FINALLY_END ||
            u->fb[i].kind == FB_WITH) /* a with body has its block too */
            depth++;
    if (depth > u->maxblocks)
        u->maxblocks = depth;
    emit_jump(u, RT_OP_SETUP_BLOCK, handler);
}

static void clear_handler_name(cunit *u, const rt_ast_excepthandler *h)
{
    if (!h || !h->name.s)
        return;
    load_none(u);
    name_op(u, h->name, h->res, RT_CTX_STORE);
    name_op(u, h->name, h->res, RT_CTX_DEL);
}

/* Emits the exit code of fblock f for a break/continue (is_return false) or
 * a return (the value is on top of the stack and stays there). */
static void unwind(cunit *u, const fblock *f, bool is_return)
{
    switch (f->kind) {
    case FB_WHILE: break;
    case FB_FOR:
        if (!is_return)
            emit(u, RT_OP_POP_TOP, 0);
        break;
    case FB_TRY_EXCEPT: emit(u, RT_OP_POP_BLOCK, 0); break;
    case FB_FINALLY_TRY: {
        emit(u, RT_OP_POP_BLOCK, 0);
        /* run the finally body with this block (and those inside it) gone */
        fblock saved[MAX_FBLOCKS];
        int nsaved = u->nfb;
        memcpy(saved, u->fb, sizeof(fblock) * (size_t)u->nfb);
        const rt_ast_stmt_list *final = f->final; /* f's slot is reused below */
        u->nfb = (int)(f - u->fb);
        if (is_return)
            push_fb(u, FB_POP_VALUE, -1, -1);
        stmts(u, final);
        memcpy(u->fb, saved, sizeof(fblock) * (size_t)nsaved);
        u->nfb = nsaved;
        break;
    }
    case FB_POP_VALUE:
        if (!is_return)
            emit(u, RT_OP_POP_TOP, 0);
        break;
    case FB_FINALLY_END:
        emit(u, RT_OP_POP_BLOCK, 0);
        if (!is_return) {
            emit(u, RT_OP_POP_TOP, 0);
            emit(u, RT_OP_POP_EXCEPT, 0);
        }
        break;
    case FB_HANDLER:
        emit(u, RT_OP_POP_BLOCK, 0);
        if (!is_return) {
            emit(u, RT_OP_POP_TOP, 0);
            emit(u, RT_OP_POP_EXCEPT, 0);
            clear_handler_name(u, f->h);
        }
        break;
    case FB_WITH:
        emit(u, RT_OP_POP_BLOCK, 0);
        if (is_return)
            emit(u, RT_OP_ROT_TWO, 0); /* [value, exit] */
        call_exit_none(u);
        break;
    }
}

static void break_continue(cunit *u, const rt_ast_stmt *s, bool is_break)
{
    int i = u->nfb - 1;
    while (i >= 0 && u->fb[i].kind != FB_WHILE && u->fb[i].kind != FB_FOR)
        i--;
    if (i < 0) {
        syntax_error(u, s->pos.line, s->pos.col,
                     is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    for (int j = u->nfb - 1; j > i; j--)
        unwind(u, &u->fb[j], false);
    if (is_break) {
        unwind(u, &u->fb[i], false);
        emit_jump(u, RT_OP_JUMP, u->fb[i].end);
    } else {
        emit_jump(u, RT_OP_JUMP, u->fb[i].start);
    }
}

static void return_stmt(cunit *u, const rt_ast_stmt *s)
{
    if (u->scope->kind == RT_SCOPE_MODULE || u->scope->kind == RT_SCOPE_CLASS) {
        syntax_error(u, s->pos.line, s->pos.col, "'return' outside function");
        return;
    }
    if (s->u.return_.value)
        expr(u, s->u.return_.value);
    else
        load_none(u);
    for (int j = u->nfb - 1; j >= 0; j--)
        unwind(u, &u->fb[j], true);
    emit(u, RT_OP_RETURN_VALUE, 0);
}

static void while_stmt(cunit *u, const rt_ast_stmt *s)
{
    int top = new_label(u), orelse = new_label(u), end = new_label(u);
    bind_label(u, top);
    jump_if(u, s->u.while_.test, false, orelse);
    if (!push_fb(u, FB_WHILE, top, end))
        return;
    stmts(u, &s->u.while_.body);
    u->nfb--;
    u->line = s->pos.line;
    emit_jump(u, RT_OP_JUMP, top);
    bind_label(u, orelse);
    stmts(u, &s->u.while_.orelse);
    bind_label(u, end);
}

static void for_stmt(cunit *u, const rt_ast_stmt *s)
{
    int top = new_label(u), orelse = new_label(u), end = new_label(u);
    expr(u, s->u.for_.iter);
    emit(u, RT_OP_GET_ITER, 0);
    bind_label(u, top);
    emit_jump(u, RT_OP_FOR_ITER, orelse);
    store_target(u, s->u.for_.target);
    if (!push_fb(u, FB_FOR, top, end))
        return;
    stmts(u, &s->u.for_.body);
    u->nfb--;
    u->line = s->pos.line;
    emit_jump(u, RT_OP_JUMP, top);
    bind_label(u, orelse);
    stmts(u, &s->u.for_.orelse);
    bind_label(u, end);
}

static void try_except(cunit *u, const rt_ast_stmt *s)
{
    int handler = new_label(u), cleanup = new_label(u), end = new_label(u);
    setup_block(u, handler);
    if (!push_fb(u, FB_TRY_EXCEPT, -1, -1))
        return;
    stmts(u, &s->u.try_.body);
    u->nfb--;
    emit(u, RT_OP_POP_BLOCK, 0);
    stmts(u, &s->u.try_.orelse);
    emit_jump(u, RT_OP_JUMP, end);

    bind_label(u, handler); /* [exc] */
    u->line = s->u.try_.nhandlers ? s->u.try_.handlers[0].pos.line : s->pos.line;
    emit(u, RT_OP_PUSH_EXC_INFO, 0); /* [prev, exc] */
    setup_block(u, cleanup);
    for (int i = 0; i < s->u.try_.nhandlers; i++) {
        const rt_ast_excepthandler *h = &s->u.try_.handlers[i];
        int next = new_label(u);
        u->line = h->pos.line;
        if (h->type) {
            expr(u, h->type);
            emit(u, RT_OP_CHECK_EXC_MATCH, 0);
            emit_jump(u, RT_OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name.s) {
            emit(u, RT_OP_DUP_TOP, 0);
            name_op(u, h->name, h->res, RT_CTX_STORE);
        }
        fblock *f = push_fb(u, FB_HANDLER, -1, -1);
        if (!f)
            return;
        f->h = h;
        stmts(u, &h->body);
        u->nfb--;
        emit(u, RT_OP_POP_BLOCK, 0);
        emit(u, RT_OP_POP_TOP, 0);
        emit(u, RT_OP_POP_EXCEPT, 0);
        clear_handler_name(u, h);
        emit_jump(u, RT_OP_JUMP, end);
        bind_label(u, next);
    }
    /* nothing matched: restore the handled exception and re-raise */
    emit(u, RT_OP_POP_BLOCK, 0);
    emit(u, RT_OP_ROT_TWO, 0);
    emit(u, RT_OP_POP_EXCEPT, 0);
    emit(u, RT_OP_RERAISE, 0);

    bind_label(u, cleanup); /* [prev, exc, new] */
    emit(u, RT_OP_CLEANUP_RERAISE, 0);
    bind_label(u, end);
}

static void try_stmt(cunit *u, const rt_ast_stmt *s)
{
    if (!s->u.try_.finalbody.n) {
        try_except(u, s);
        return;
    }
    int handler = new_label(u), end = new_label(u);
    setup_block(u, handler);
    fblock *f = push_fb(u, FB_FINALLY_TRY, -1, -1);
    if (!f)
        return;
    f->final = &s->u.try_.finalbody;
    if (s->u.try_.nhandlers)
        try_except(u, s);
    else
        stmts(u, &s->u.try_.body);
    u->nfb--;
    emit(u, RT_OP_POP_BLOCK, 0);
    stmts(u, &s->u.try_.finalbody);
    emit_jump(u, RT_OP_JUMP, end);

    /* during propagation the finally body runs with exc as the handled
     * exception (what it raises chains to exc), then re-raises exc */
    int cleanup = new_label(u);
    bind_label(u, handler);          /* [exc] */
    emit(u, RT_OP_PUSH_EXC_INFO, 0); /* [prev, exc] */
    setup_block(u, cleanup);
    if (!push_fb(u, FB_FINALLY_END, -1, -1))
        return;
    stmts(u, &s->u.try_.finalbody);
    u->nfb--;
    emit(u, RT_OP_POP_BLOCK, 0);
    emit(u, RT_OP_ROT_TWO, 0);
    emit(u, RT_OP_POP_EXCEPT, 0);
    emit(u, RT_OP_RERAISE, 0);

    bind_label(u, cleanup); /* [prev, exc, new] */
    emit(u, RT_OP_CLEANUP_RERAISE, 0);
    bind_label(u, end);
}

static void function_def(cunit *u, const rt_ast_stmt *s)
{
    rt_ast_scope *sc = s->u.functiondef.scope;
    const rt_ast_expr_list *decos = &s->u.functiondef.decorators;
    for (int i = 0; i < decos->n; i++) {
        emit(u, RT_OP_PUSH_NULL, 0);
        expr(u, decos->v[i]);
    }
    u->line = s->pos.line;
    uint32_t flags = push_defaults(u, s->u.functiondef.args);
    flags |= push_annotations(u, s->u.functiondef.args, s->u.functiondef.returns);
    rt_value code = compile_scope(u, sc, &s->u.functiondef.body, NULL, NULL);
    if (!code) {
        *u->failed = true;
        return;
    }
    u->line = s->pos.line;
    make_function(u, sc, flags, code);
    for (int i = decos->n - 1; i >= 0; i--)
        emit(u, RT_OP_CALL, 1);
    name_op(u, s->u.functiondef.name, s->u.functiondef.res, RT_CTX_STORE);
}

static void class_def(cunit *u, const rt_ast_stmt *s)
{
    rt_ast_scope *sc = s->u.classdef.scope;
    const rt_ast_expr_list *decos = &s->u.classdef.decorators;
    for (int i = 0; i < decos->n; i++) {
        emit(u, RT_OP_PUSH_NULL, 0);
        expr(u, decos->v[i]);
    }
    u->line = s->pos.line;
    if (s->u.classdef.nkeywords) {
        const rt_ast_keyword *k = &s->u.classdef.keywords[0];
        syntax_error(u, k->pos.line, k->pos.col,
                     "class keywords (metaclass=...) are not supported by closured");
        return;
    }
    load_const(u, str_of(u, s->u.classdef.name));
    sequence(u, &s->u.classdef.bases, RT_OP_BUILD_TUPLE);
    rt_value code = compile_scope(u, sc, &s->u.classdef.body, NULL, NULL);
    if (!code) {
        *u->failed = true;
        return;
    }
    u->line = s->pos.line;
    make_function(u, sc, 0, code);
    emit(u, RT_OP_CALL_CLASS_BODY, 0);
    emit(u, RT_OP_BUILD_CLASS, 0);
    for (int i = decos->n - 1; i >= 0; i--)
        emit(u, RT_OP_CALL, 1);
    name_op(u, s->u.classdef.name, s->u.classdef.res, RT_CTX_STORE);
}

/* Calls the bound __exit__ on top of the stack with three Nones and drops
 * it and the result. */
static void call_exit_none(cunit *u)
{
    emit(u, RT_OP_PUSH_NULL, 0);
    emit(u, RT_OP_ROT_TWO, 0);
    load_none(u);
    load_none(u);
    load_none(u);
    emit(u, RT_OP_CALL, 3);
    emit(u, RT_OP_POP_TOP, 0);
}

static void with_items(cunit *u, const rt_ast_stmt *s, int item)
{
    const rt_ast_withitem *it = &s->u.with.items[item];
    int handler = new_label(u), cleanup = new_label(u), suppress = new_label(u), end = new_label(u);
    u->line = s->pos.line;
    expr(u, it->context_expr);
    u->line = s->pos.line;
    emit(u, RT_OP_BEFORE_WITH, 0); /* [exit, NULL, enter] */
    emit(u, RT_OP_CALL, 0);        /* [exit, value] */
    if (it->optional_vars)
        store_target(u, it->optional_vars);
    else
        emit(u, RT_OP_POP_TOP, 0);
    setup_block(u, handler);
    if (!push_fb(u, FB_WITH, -1, -1))
        return;
    if (item + 1 < s->u.with.nitems)
        with_items(u, s, item + 1);
    else
        stmts(u, &s->u.with.body);
    u->nfb--;
    emit(u, RT_OP_POP_BLOCK, 0);
    u->line = s->pos.line;
    call_exit_none(u);
    emit_jump(u, RT_OP_JUMP, end);

    bind_label(u, handler);          /* [exit, exc] */
    emit(u, RT_OP_PUSH_EXC_INFO, 0); /* [exit, prev, exc] */
    setup_block(u, cleanup);
    emit(u, RT_OP_WITH_EXCEPT_START, 0); /* [exit, prev, exc, NULL, exit, type, exc, None] */
    emit(u, RT_OP_CALL, 3);              /* [exit, prev, exc, suppress?] */
    emit_jump(u, RT_OP_POP_JUMP_IF_TRUE, suppress);
    emit(u, RT_OP_POP_BLOCK, 0);
    emit(u, RT_OP_ROT_TWO, 0);
    emit(u, RT_OP_POP_EXCEPT, 0);
    emit(u, RT_OP_RERAISE, 0);
    bind_label(u, suppress); /* [exit, prev, exc] */
    emit(u, RT_OP_POP_BLOCK, 0);
    emit(u, RT_OP_POP_TOP, 0);
    emit(u, RT_OP_POP_EXCEPT, 0);
    emit(u, RT_OP_POP_TOP, 0);
    emit_jump(u, RT_OP_JUMP, end);
    bind_label(u, cleanup); /* [exit, prev, exc, new] */
    emit(u, RT_OP_CLEANUP_RERAISE, 0);
    bind_label(u, end);
}

/* x: T = v. Module and class level keep T in __annotations__ for a bare
 * name; inside a function the annotation is not evaluated (CPython). */
static void ann_assign(cunit *u, const rt_ast_stmt *s)
{
    const rt_ast_expr *t = s->u.annassign.target;
    if (s->u.annassign.value) {
        expr(u, s->u.annassign.value);
        store_target(u, t);
    }
    bool in_func = u->scope->kind != RT_SCOPE_MODULE && u->scope->kind != RT_SCOPE_CLASS;
    if (t->kind == RT_EXPR_NAME && s->u.annassign.simple) {
        if (in_func)
            return;
        annotation(u, s->u.annassign.annotation);
        rt_ast_str ann = {"__annotations__", 15};
        rt_ast_name_res nr = {
            u->scope->kind == RT_SCOPE_CLASS ? RT_NAME_NAME : RT_NAME_GLOBAL_IMPLICIT, -1};
        name_op(u, ann, nr, RT_CTX_LOAD);
        load_const(u, str_of(u, t->u.name.id));
        emit(u, RT_OP_STORE_SUBSCR, 0);
        return;
    }
    if (in_func)
        return;
    /* a complex target: its parts are evaluated, the annotation too */
    if (!s->u.annassign.value) {
        if (t->kind == RT_EXPR_ATTRIBUTE) {
            expr(u, t->u.attribute.value);
            emit(u, RT_OP_POP_TOP, 0);
        } else if (t->kind == RT_EXPR_SUBSCRIPT) {
            expr(u, t->u.subscript.value);
            emit(u, RT_OP_POP_TOP, 0);
            expr(u, t->u.subscript.slice);
            emit(u, RT_OP_POP_TOP, 0);
        }
    }
    if (future_annotations(u->mod))
        return; /* not evaluated at all */
    expr(u, s->u.annassign.annotation);
    emit(u, RT_OP_POP_TOP, 0);
}

/* True when body (not the scopes nested in it) annotates a bare name. */
static bool has_annotations(const rt_ast_stmt_list *body)
{
    for (int i = 0; i < body->n; i++) {
        const rt_ast_stmt *s = body->v[i];
        switch (s->kind) {
        case RT_STMT_ANNASSIGN:
            if (s->u.annassign.simple)
                return true;
            break;
        case RT_STMT_FOR:
            if (has_annotations(&s->u.for_.body) || has_annotations(&s->u.for_.orelse))
                return true;
            break;
        case RT_STMT_WHILE:
            if (has_annotations(&s->u.while_.body) || has_annotations(&s->u.while_.orelse))
                return true;
            break;
        case RT_STMT_IF:
            if (has_annotations(&s->u.if_.body) || has_annotations(&s->u.if_.orelse))
                return true;
            break;
        case RT_STMT_WITH:
            if (has_annotations(&s->u.with.body))
                return true;
            break;
        case RT_STMT_TRY:
            if (has_annotations(&s->u.try_.body) || has_annotations(&s->u.try_.orelse) ||
                has_annotations(&s->u.try_.finalbody))
                return true;
            for (int h = 0; h < s->u.try_.nhandlers; h++)
                if (has_annotations(&s->u.try_.handlers[h].body))
                    return true;
            break;
        default: break;
        }
    }
    return false;
}

static const rt_ast_expr *docstring_of(const rt_ast_stmt_list *body)
{
    if (!body || !body->n || body->v[0]->kind != RT_STMT_EXPR)
        return NULL;
    const rt_ast_expr *e = body->v[0]->u.expr.value;
    return e->kind == RT_EXPR_CONSTANT && e->u.constant.kind == RT_CONST_STR ? e : NULL;
}

/* A class body's prologue (__module__, __qualname__, __doc__,
 * __annotations__) and epilogue (__classcell__, the namespace returned). */
static void class_body(cunit *u, const rt_ast_stmt_list *body)
{
    rt_ast_scope *sc = u->scope;
    rt_ast_name_res nr = {RT_NAME_NAME, -1};
    rt_ast_str name = {"__name__", 8}, module = {"__module__", 10}, qual = {"__qualname__", 12},
               doc = {"__doc__", 7}, cell = {"__classcell__", 13};
    name_op(u, name, nr, RT_CTX_LOAD);
    name_op(u, module, nr, RT_CTX_STORE);
    load_const(u, str_of(u, sc->qualname));
    name_op(u, qual, nr, RT_CTX_STORE);
    const rt_ast_expr *d = docstring_of(body);
    rt_ast_stmt_list rest = *body;
    if (d) {
        expr(u, d);
        name_op(u, doc, nr, RT_CTX_STORE);
        rest.v++;
        rest.n--;
    }
    if (has_annotations(body))
        emit(u, RT_OP_SETUP_ANNOTATIONS, 0);
    stmts(u, &rest);
    int k = -1;
    for (int i = 0; i < sc->ncellvars; i++)
        if (sc->cellvars[i].len == 9 && !memcmp(sc->cellvars[i].s, "__class__", 9))
            k = i;
    if (k >= 0) {
        emit(u, RT_OP_LOAD_CLOSURE, (uint32_t)k);
        name_op(u, cell, nr, RT_CTX_STORE);
    }
    emit(u, RT_OP_LOAD_LOCALS, 0);
    emit(u, RT_OP_RETURN_VALUE, 0);
}

/* `import a.b.c [as n]` as CPython 3.11: IMPORT_NAME with level 0 and no
 * fromlist pushes the top package `a`; with `as`, IMPORT_FROM walks down to
 * a.b.c (each step also finds a submodule that is not yet an attribute). */
static void import_stmt(cunit *u, const rt_ast_stmt *s)
{
    for (int i = 0; i < s->u.import.nnames; i++) {
        const rt_ast_alias *a = &s->u.import.names[i];
        rt_ast_str top = a->name;
        const char *dot = memchr(a->name.s, '.', a->name.len);
        if (dot)
            top.len = (size_t)(dot - a->name.s);
        load_const(u, rt_smallint(0));
        load_none(u);
        emit(u, RT_OP_IMPORT_NAME, add_name(u, a->name));
        if (a->asname.s && dot) {
            const char *p = dot + 1, *end = a->name.s + a->name.len;
            while (p < end) {
                const char *q = memchr(p, '.', (size_t)(end - p));
                rt_ast_str part = {p, (size_t)((q ? q : end) - p)};
                emit(u, RT_OP_IMPORT_FROM, add_name(u, part));
                emit(u, RT_OP_ROT_TWO, 0);
                emit(u, RT_OP_POP_TOP, 0);
                p = q ? q + 1 : end;
            }
        }
        rt_ast_str bound = a->asname.s ? a->asname : top;
        name_op(u, bound, a->res, RT_CTX_STORE);
    }
}

/* `from [.]m import a, b as c` / `from m import *`: IMPORT_NAME with the
 * level and the names as fromlist pushes m itself; IMPORT_FROM per name. */
static void import_from(cunit *u, const rt_ast_stmt *s)
{
    int n = s->u.importfrom.nnames;
    bool star = n == 1 && s->u.importfrom.names[0].name.len == 1 &&
                s->u.importfrom.names[0].name.s[0] == '*';
    if (star && u->scope->kind != RT_SCOPE_MODULE) {
        syntax_error(u, s->pos.line, s->pos.col, "import * only allowed at module level");
        return;
    }
    load_const(u, rt_smallint(s->u.importfrom.level));
    rt_value names = rt_tuple_new(u->rt, n);
    if (!names) {
        *u->failed = true;
        return;
    }
    for (int i = 0; i < n; i++) {
        rt_value nm = str_of(u, s->u.importfrom.names[i].name);
        if (!nm) {
            rt_decref(u->rt, names);
            *u->failed = true;
            return;
        }
        rt_tuple_items(names)[i] = nm;
    }
    load_const(u, names);
    rt_ast_str mod = s->u.importfrom.module;
    if (!mod.s)
        mod = (rt_ast_str){"", 0};
    emit(u, RT_OP_IMPORT_NAME, add_name(u, mod));
    if (star) {
        emit(u, RT_OP_IMPORT_STAR, 0);
        return;
    }
    for (int i = 0; i < n; i++) {
        const rt_ast_alias *a = &s->u.importfrom.names[i];
        emit(u, RT_OP_IMPORT_FROM, add_name(u, a->name));
        name_op(u, a->asname.s ? a->asname : a->name, a->res, RT_CTX_STORE);
    }
    emit(u, RT_OP_POP_TOP, 0);
}

static void stmt(cunit *u, const rt_ast_stmt *s)
{
    if (*u->failed || stack_exhausted(u))
        return;
    u->line = s->pos.line;
    switch (s->kind) {
    case RT_STMT_FUNCTIONDEF: function_def(u, s); break;
    case RT_STMT_CLASSDEF: class_def(u, s); break;
    case RT_STMT_WITH: with_items(u, s, 0); break;
    case RT_STMT_ANNASSIGN: ann_assign(u, s); break;
    case RT_STMT_RETURN: return_stmt(u, s); break;
    case RT_STMT_DELETE:
        for (int i = 0; i < s->u.delete_.targets.n; i++)
            delete_target(u, s->u.delete_.targets.v[i]);
        break;
    case RT_STMT_ASSIGN: {
        int n = s->u.assign.targets.n;
        expr(u, s->u.assign.value);
        for (int i = 0; i < n; i++) {
            if (i < n - 1)
                emit(u, RT_OP_DUP_TOP, 0);
            store_target(u, s->u.assign.targets.v[i]);
        }
        break;
    }
    case RT_STMT_AUGASSIGN: aug_assign(u, s); break;
    case RT_STMT_FOR: for_stmt(u, s); break;
    case RT_STMT_WHILE: while_stmt(u, s); break;
    case RT_STMT_IF: {
        int orelse = new_label(u), end = new_label(u);
        jump_if(u, s->u.if_.test, false, orelse);
        stmts(u, &s->u.if_.body);
        if (s->u.if_.orelse.n) {
            emit_jump(u, RT_OP_JUMP, end);
            bind_label(u, orelse);
            stmts(u, &s->u.if_.orelse);
        } else {
            bind_label(u, orelse);
        }
        bind_label(u, end);
        break;
    }
    case RT_STMT_RAISE:
        if (s->u.raise.exc) {
            expr(u, s->u.raise.exc);
            if (s->u.raise.cause) {
                expr(u, s->u.raise.cause);
                u->line = s->pos.line;
                emit(u, RT_OP_RAISE_VARARGS, 2);
            } else {
                u->line = s->pos.line;
                emit(u, RT_OP_RAISE_VARARGS, 1);
            }
        } else {
            emit(u, RT_OP_RAISE_VARARGS, 0);
        }
        break;
    case RT_STMT_TRY: try_stmt(u, s); break;
    case RT_STMT_ASSERT: {
        int ok = new_label(u);
        jump_if(u, s->u.assert_.test, true, ok);
        u->line = s->pos.line;
        if (s->u.assert_.msg) {
            emit(u, RT_OP_PUSH_NULL, 0);
            emit(u, RT_OP_LOAD_ASSERTION_ERROR, 0);
            expr(u, s->u.assert_.msg);
            u->line = s->pos.line;
            emit(u, RT_OP_CALL, 1);
        } else {
            emit(u, RT_OP_LOAD_ASSERTION_ERROR, 0);
        }
        emit(u, RT_OP_RAISE_VARARGS, 1);
        bind_label(u, ok);
        break;
    }
    case RT_STMT_IMPORT: import_stmt(u, s); break;
    case RT_STMT_IMPORTFROM: import_from(u, s); break;
    case RT_STMT_GLOBAL:
    case RT_STMT_NONLOCAL:
    case RT_STMT_PASS: break;
    case RT_STMT_EXPR:
        expr(u, s->u.expr.value);
        emit(u, u->interactive ? RT_OP_PRINT_EXPR : RT_OP_POP_TOP, 0);
        break;
    case RT_STMT_BREAK: break_continue(u, s, true); break;
    case RT_STMT_CONTINUE: break_continue(u, s, false); break;
    default: syntax_error(u, s->pos.line, s->pos.col, "unsupported statement"); break;
    }
}

static void stmts(cunit *u, const rt_ast_stmt_list *l)
{
    for (int i = 0; i < l->n && !*u->failed; i++)
        stmt(u, l->v[i]);
}

/* The body of a comprehension scope: loops over generators, appends elt. */
static void comp_body(cunit *u, const rt_ast_expr *e)
{
    int ngen = e->u.comp.ngenerators;
    bool gen = e->kind == RT_EXPR_GENERATOREXP;
    rt_opcode build = e->kind == RT_EXPR_SETCOMP    ? RT_OP_BUILD_SET
                      : e->kind == RT_EXPR_DICTCOMP ? RT_OP_BUILD_MAP
                                                    : RT_OP_BUILD_LIST;
    if (!gen)
        emit(u, build, 0);
    int tops[64], ends[64];
    if (ngen > 64) {
        syntax_error(u, e->pos.line, e->pos.col, "too many nested comprehension loops");
        return;
    }
    for (int g = 0; g < ngen; g++) {
        const rt_ast_comprehension *c = &e->u.comp.generators[g];
        if (g == 0) {
            emit(u, RT_OP_LOAD_FAST, 0); /* .0: the iterator of the first iterable */
        } else {
            expr(u, c->iter);
            emit(u, RT_OP_GET_ITER, 0);
        }
        tops[g] = new_label(u);
        ends[g] = new_label(u);
        bind_label(u, tops[g]);
        emit_jump(u, RT_OP_FOR_ITER, ends[g]);
        store_target(u, c->target);
        for (int k = 0; k < c->ifs.n; k++)
            jump_if(u, c->ifs.v[k], false, tops[g]);
    }
    u->line = e->pos.line;
    if (e->kind == RT_EXPR_DICTCOMP) {
        expr(u, e->u.comp.elt);
        expr(u, e->u.comp.value);
        emit(u, RT_OP_MAP_ADD, (uint32_t)ngen + 1);
    } else if (gen) {
        expr(u, e->u.comp.elt);
        emit(u, RT_OP_YIELD_VALUE, 0);
        emit(u, RT_OP_POP_TOP, 0);
    } else {
        expr(u, e->u.comp.elt);
        emit(u, e->kind == RT_EXPR_SETCOMP ? RT_OP_SET_ADD : RT_OP_LIST_APPEND, (uint32_t)ngen + 1);
    }
    for (int g = ngen - 1; g >= 0; g--) {
        emit_jump(u, RT_OP_JUMP, tops[g]);
        bind_label(u, ends[g]);
    }
    if (gen)
        load_none(u);
    emit(u, RT_OP_RETURN_VALUE, 0);
}

/* ---- assembling ------------------------------------------------------------------ */

static rt_value assemble(cunit *u)
{
    rt_state *rt = u->rt;
    rt_ast_scope *sc = u->scope;
    /* the implicit `return None` (unreachable after a final return) */
    load_none(u);
    emit(u, RT_OP_RETURN_VALUE, 0);
    if (*u->failed)
        return RT_NULL;
    /* resolve labels */
    for (size_t i = 0; i < u->n; i++) {
        rt_opcode op = RT_INSN_OP(u->insns[i]);
        if (rt_opcode_flags(op) & RT_OPF_JUMP) {
            int target = u->labels[RT_INSN_ARG(u->insns[i])];
            u->insns[i] = rt_insn(op, (uint32_t)(target < 0 ? 0 : target));
        }
    }
    int depth = rt_code_stack_depth(u->insns, u->n);
    if (depth >= UINT16_MAX) {
        rt_raise(rt, RT_EXC_RuntimeError, "code needs a value stack deeper than %d",
                 UINT16_MAX - 1);
        *u->failed = true;
        return RT_NULL;
    }
    if (depth < 0) {
        if (depth == -2)
            rt_raise(rt, RT_EXC_MemoryError, "out of memory");
        else
            rt_raise(rt, RT_EXC_RuntimeError, "internal compiler error: inconsistent stack");
        *u->failed = true;
        return RT_NULL;
    }
    rt_code_shape shape = {
        .ninsns = (uint32_t)u->n,
        .nconsts = (uint32_t)u->nconsts,
        .nnames = (uint32_t)u->nnames,
        .ngcache = (uint32_t)u->ngcache,
        .nlocals = (uint16_t)sc->nvarnames,
        .ncellvars = (uint16_t)sc->ncellvars,
        .nfreevars = (uint16_t)sc->nfreevars,
        .firstline = sc->kind == RT_SCOPE_MODULE ? 1 : sc->pos.line,
        .lastline = u->lastline,
    };
    rt_value cv = rt_code_new(rt, &shape);
    if (!cv) {
        *u->failed = true;
        return RT_NULL;
    }
    rt_code *c = rt_code_of(cv);
    memcpy(c->insns, u->insns, u->n * sizeof *u->insns);
    memcpy(c->lines, u->lines, u->n * sizeof *u->lines);
    for (size_t i = 0; i < u->nconsts; i++) {
        c->consts[i] = u->consts[i];
        u->consts[i] = RT_NULL;
    }
    u->nconsts = 0;
    for (size_t i = 0; i < u->nnames; i++) {
        c->names[i] = u->names[i];
        u->names[i] = RT_NULL;
    }
    u->nnames = 0;
    for (size_t i = 0; i < u->ngcache; i++) {
        c->gcache[i].name = u->gnames[i];
        c->gcache[i].gver = UINT64_MAX;
    }
    c->argcount = (uint16_t)sc->argcount;
    c->kwonlyargcount = (uint16_t)sc->kwonlyargcount;
    c->stacksize = (uint16_t)(depth + 1);
    c->maxblocks = (uint16_t)u->maxblocks;
    uint16_t flags = 0;
    if (sc->kind != RT_SCOPE_MODULE && sc->kind != RT_SCOPE_CLASS)
        flags |= RT_CO_OPTIMIZED | RT_CO_NEWLOCALS;
    if (u->has_doc)
        flags |= RT_CO_HASDOC;
    if (sc->has_varargs)
        flags |= RT_CO_VARARGS;
    if (sc->has_varkw)
        flags |= RT_CO_VARKEYWORDS;
    if (sc->parent && sc->parent->kind != RT_SCOPE_MODULE)
        flags |= RT_CO_NESTED;
    if (!sc->nfreevars && !sc->ncellvars)
        flags |= RT_CO_NOFREE;
    if (sc->is_generator)
        flags |= RT_CO_GENERATOR;
    c->flags = flags;
    bool ok = true;
    for (int i = 0; i < sc->nvarnames && ok; i++)
        ok = (c->varnames[i] = str_of(u, sc->varnames[i])) != RT_NULL;
    for (int i = 0; i < sc->ncellvars && ok; i++) {
        ok = (c->cellvars[i] = str_of(u, sc->cellvars[i])) != RT_NULL;
        c->cell2arg[i] = sc->cell2arg ? sc->cell2arg[i] : -1;
    }
    for (int i = 0; i < sc->nfreevars && ok; i++)
        ok = (c->freevars[i] = str_of(u, sc->freevars[i])) != RT_NULL;
    if (ok)
        ok = (c->filename = rt_str_from_cstr(rt, u->mod->filename ? u->mod->filename : "")) !=
             RT_NULL;
    if (ok)
        ok = (c->name = str_of(u, sc->name)) != RT_NULL;
    if (ok)
        ok = (c->qualname = str_of(u, sc->qualname.s ? sc->qualname : sc->name)) != RT_NULL;
    if (!ok) {
        *u->failed = true;
        rt_decref(rt, cv);
        return RT_NULL;
    }
    return cv;
}

static void unit_dispose(cunit *u)
{
    for (size_t i = 0; i < u->nconsts; i++)
        rt_decref(u->rt, u->consts[i]);
    for (size_t i = 0; i < u->nnames; i++)
        rt_decref(u->rt, u->names[i]);
    free(u->insns);
    free(u->lines);
    free(u->consts);
    free(u->names);
    free(u->iconsts.slot);
    free(u->inames.slot);
    free(u->gnames);
    free(u->labels);
}

/* Compiles one scope: a module/def body, a lambda body or a comprehension. */
static rt_value compile_scope_in(rt_state *rt, const rt_ast_module *mod, rt_syntax_error *err,
                                 bool *failed, rt_ast_scope *sc, const rt_ast_stmt_list *body,
                                 const rt_ast_expr *lambda_body, const rt_ast_expr *comp,
                                 bool interactive)
{
    cunit *u = calloc(1, sizeof *u);
    if (!u) {
        *failed = true;
        return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    }
    u->rt = rt;
    u->err = err;
    u->mod = mod;
    u->scope = sc;
    u->failed = failed;
    u->interactive = interactive;
    u->line = sc->kind == RT_SCOPE_MODULE ? 1 : sc->pos.line;
    u->lastline = u->line;
    if (sc->is_generator) {
        /* the call returns a generator holding this frame; the first resume
         * pushes None, which the POP_TOP drops (gen.h) */
        emit(u, RT_OP_RETURN_GENERATOR, 0);
        emit(u, RT_OP_POP_TOP, 0);
    }
    if (body && sc->kind == RT_SCOPE_CLASS) {
        class_body(u, body);
    } else if (body) {
        const rt_ast_expr *doc = sc->kind == RT_SCOPE_FUNCTION ? docstring_of(body) : NULL;
        if (doc) {
            /* consts[0] is the docstring (the function's __doc__) */
            add_const(u, const_value(u, doc));
            u->has_doc = true;
        }
        if (sc->kind == RT_SCOPE_MODULE && has_annotations(body))
            emit(u, RT_OP_SETUP_ANNOTATIONS, 0);
        const rt_ast_expr *mdoc =
            sc->kind == RT_SCOPE_MODULE && !interactive ? docstring_of(body) : NULL;
        if (mdoc) {
            /* a module's docstring is its __doc__ */
            rt_ast_str dn = {"__doc__", 7};
            rt_ast_stmt_list rest = *body;
            expr(u, mdoc);
            name_op(u, dn, (rt_ast_name_res){RT_NAME_GLOBAL_EXPLICIT, -1}, RT_CTX_STORE);
            rest.v++;
            rest.n--;
            stmts(u, &rest);
        } else {
            stmts(u, body);
        }
    } else if (lambda_body) {
        expr(u, lambda_body);
        emit(u, RT_OP_RETURN_VALUE, 0);
    } else if (comp) {
        comp_body(u, comp);
    }
    rt_value code = *failed ? RT_NULL : assemble(u);
    unit_dispose(u);
    free(u);
    return code;
}

static rt_value compile_scope(cunit *parent, rt_ast_scope *sc, const rt_ast_stmt_list *body,
                              const rt_ast_expr *lambda_body, const rt_ast_expr *comp)
{
    if (*parent->failed)
        return RT_NULL;
    return compile_scope_in(parent->rt, parent->mod, parent->err, parent->failed, sc, body,
                            lambda_body, comp, false);
}

static rt_value compile_module(rt_state *rt, const rt_ast_module *m, rt_syntax_error *err)
{
    bool failed = false;
    err->msg[0] = 0;
    rt_value code = compile_scope_in(rt, m, err, &failed, m->scope, &m->body, NULL, NULL, false);
    if (failed) {
        rt_decref(rt, code);
        return RT_NULL;
    }
    return code;
}

/* Raises e as a SyntaxError exception: args (msg, (filename, lineno,
 * offset, text, end_lineno, end_offset)), as CPython's. */
static void raise_syntax(rt_state *rt, const rt_syntax_error *e)
{
    /* CPython's text keeps the line's newline (one is added at the end) */
    rt_value text = RT_NONE;
    if (e->text[0]) {
        size_t tl = strlen(e->text);
        text = rt_str_printf(rt, "%s%s", e->text, e->text[tl - 1] == '\n' ? "" : "\n");
    }
    rt_value filename = rt_str_from_cstr(rt, e->filename);
    rt_value msg = rt_str_from_cstr(rt, e->msg);
    rt_value detail = RT_NULL, args = RT_NULL;
    if (text && filename && msg) {
        rt_value items[6] = {filename,
                             rt_smallint(e->line),
                             rt_smallint(e->col),
                             text,
                             rt_smallint(e->end_line ? e->end_line : e->line),
                             rt_smallint(e->end_col ? e->end_col : e->col)};
        detail = rt_tuple_from(rt, items, 6);
    }
    if (detail) {
        rt_value items[2] = {msg, detail};
        args = rt_tuple_from(rt, items, 2);
    }
    rt_decref(rt, text);
    rt_decref(rt, filename);
    rt_decref(rt, msg);
    rt_decref(rt, detail);
    if (!args)
        return;
    rt_value exc = rt_exc_new(rt, rt->exc_types[RT_EXC_SyntaxError], args);
    rt_decref(rt, args);
    if (exc)
        rt_raise_obj(rt, exc);
}

/* Raises a failed compile's error: the depth limits' MemoryError (the
 * parser's, bare) and RecursionError as themselves (nest.h), as CPython's
 * exec() does; anything else as a SyntaxError. */
static void raise_compile_error(rt_state *rt, const rt_syntax_error *e)
{
    if (!strcmp(e->type, "MemoryError"))
        rt_raise(rt, RT_EXC_MemoryError, "%s", e->msg);
    else if (!strcmp(e->type, "RecursionError"))
        rt_raise(rt, RT_EXC_RecursionError, "%s", e->msg);
    else
        raise_syntax(rt, e);
}

rt_value rt_compile_text(rt_state *rt, const char *filename, const char *src, size_t len,
                         rt_compile_mode mode)
{
    rt_parse_result *pr = rt_parse(src, len, filename);
    if (!pr)
        return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    rt_value code = RT_NULL;
    const rt_ast_stmt_list *body = pr->ok ? &pr->module->body : NULL;
    if (body && mode == RT_COMPILE_EVAL && (body->n != 1 || body->v[0]->kind != RT_STMT_EXPR)) {
        /* eval takes one expression: CPython's parser stops at the first
         * token that cannot continue it */
        const rt_ast_stmt *st = body->n ? body->v[0] : NULL;
        int line = st ? st->pos.line : 1, col = st ? st->pos.col : 1;
        const rt_ast_expr *target = !st                             ? NULL
                                    : st->kind == RT_STMT_ASSIGN    ? st->u.assign.targets.v[0]
                                    : st->kind == RT_STMT_AUGASSIGN ? st->u.augassign.target
                                                                    : NULL;
        if (st && st->kind == RT_STMT_EXPR && body->n > 1) {
            line = body->v[1]->pos.line;
            col = body->v[1]->pos.col;
        } else if (target) {
            /* at the assignment's operator, after the target (ASCII columns) */
            line = target->pos.end_line;
            col = target->pos.end_col;
            size_t i = 0;
            for (int l = 1; l < line && i < len; i++)
                if (src[i] == '\n')
                    l++;
            i += (size_t)col - 1;
            while (i < len && src[i] == ' ') {
                i++;
                col++;
            }
        }
        rt__syntax_error_set(&pr->err, "SyntaxError", filename, src, len, line, col, 0, 0, "%s",
                             "invalid syntax");
        pr->ok = 0;
    }
    if (body && mode == RT_COMPILE_SINGLE && body->n > 1) {
        const rt_ast_stmt *st = body->v[0];
        rt__syntax_error_set(&pr->err, "SyntaxError", filename, src, len, st->pos.line,
                             st->pos.end_col, 0, 0, "%s",
                             "multiple statements found while compiling a single statement");
        pr->ok = 0;
    }
    if (!pr->ok || rt_scope_analyze(pr->module, &pr->err) != 0) {
        raise_compile_error(rt, &pr->err);
        rt_parse_free(pr);
        return RT_NULL;
    }
    rt_syntax_error err;
    memset(&err, 0, sizeof err);
    bool failed = false;
    if (mode == RT_COMPILE_EVAL)
        code = compile_scope_in(rt, pr->module, &err, &failed, pr->module->scope, NULL,
                                body->v[0]->u.expr.value, NULL, false);
    else
        code = compile_scope_in(rt, pr->module, &err, &failed, pr->module->scope, body, NULL, NULL,
                                mode == RT_COMPILE_SINGLE);
    if (failed) {
        rt_decref(rt, code);
        code = RT_NULL;
    }
    rt_parse_free(pr);
    if (!code && err.msg[0]) {
        rt_exc_clear(rt);
        raise_compile_error(rt, &err);
    }
    return code;
}

static void report(rt_state *rt, const rt_syntax_error *e)
{
    rt__error_set_syntax(rt, e->type, e->msg, e->filename, e->line, e->col, e->end_line, e->end_col,
                         e->text);
}

rt_value rt_compile_source(rt_state *rt, const char *filename, const char *src, size_t len)
{
    rt_parse_result *pr = rt_parse(src, len, filename);
    if (!pr)
        return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    if (!pr->ok || rt_scope_analyze(pr->module, &pr->err) != 0) {
        report(rt, &pr->err);
        rt_parse_free(pr);
        return RT_NULL;
    }
    rt_syntax_error err;
    memset(&err, 0, sizeof err);
    rt_value code = compile_module(rt, pr->module, &err);
    rt_parse_free(pr);
    if (!code && err.msg[0]) {
        rt_exc_clear(rt);
        report(rt, &err);
    }
    return code;
}
