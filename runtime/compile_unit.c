/* compile_unit.c: the compiler's per-scope unit: growing arrays, emitting
 * instructions and labels, the constant and name tables, name resolution to
 * load/store opcodes, and assembling a finished unit into a code object. */
#include "runtime/compile_unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/ast.h"
#include "runtime/nest.h"
#include "runtime/parse.h"
#include "runtime/scope.h"

#include "runtime/bigint.h"
#include "runtime/code.h"
#include "runtime/compile_opt.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/lex.h"
#include "runtime/num.h"
#include "runtime/opcodes.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

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

void rt__c_syntax_error(cunit *u, int line, int col, const char *msg)
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

void rt__c_syntax_error_span(cunit *u, const rt_ast_pos *pos, const char *msg)
{
    if (*u->failed)
        return;
    rt__c_syntax_error(u, pos->line, pos->col, msg);
    u->err->end_line = pos->end_line;
    u->err->end_col = pos->end_col;
}

/* True (and the error reported) when the walk has used up the C stack
 * budget (nest.h). The scope pass already bounds the tree's depth; this is
 * the backstop for builds whose frames are large. */
bool rt__c_stack_exhausted(cunit *u)
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

int rt__c_emit(cunit *u, rt_opcode op, uint32_t arg)
{
    if (*u->failed)
        return 0;
    if (u->n + 1 > u->cap) {
        size_t cap = u->cap;
        if (!grow(u, (void **)&u->insns, &cap, u->n + 1, sizeof *u->insns))
            return 0;
        void *q = realloc(u->lines, cap * sizeof *u->lines);
        if (q)
            u->lines = q;
        void *qc = q ? realloc(u->cols, cap * sizeof *u->cols) : NULL;
        if (!qc) {
            *u->failed = true;
            rt_raise(u->rt, RT_EXC_MemoryError, "out of memory");
            return 0;
        }
        u->cols = qc;
        u->cap = cap;
    }
    u->insns[u->n] = rt_insn(op, arg);
    u->lines[u->n] = u->line;
    u->cols[u->n] = u->pos.line == u->line ? rt_cols_pack(u->pos.col - 1, u->pos.end_col - 1,
                                                          u->pos.end_line > u->line)
                                           : 0;
    if (u->line > u->lastline)
        u->lastline = u->line;
    return (int)u->n++;
}

int rt__c_new_label(cunit *u)
{
    if (!grow(u, (void **)&u->labels, &u->caplabels, u->nlabels + 1, sizeof *u->labels))
        return 0;
    u->labels[u->nlabels] = -1;
    return (int)u->nlabels++;
}

void rt__c_bind_label(cunit *u, int l)
{
    if (*u->failed)
        return;
    u->labels[l] = (int)u->n;
}

void rt__c_emit_jump(cunit *u, rt_opcode op, int label)
{
    rt__c_emit(u, op, (uint32_t)label);
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
uint32_t rt__c_add_const(cunit *u, rt_value v)
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

rt_value rt__c_str_of(cunit *u, rt_ast_str s)
{
    return rt_str_intern(u->rt, s.s, s.len);
}

static bool same_value(rt_value a, rt_value b)
{
    return a == b;
}

uint32_t rt__c_add_name(cunit *u, rt_ast_str s)
{
    if (*u->failed)
        return 0;
    rt_value v = rt__c_str_of(u, s);
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
uint32_t rt__c_add_mangled(cunit *u, rt_ast_str s)
{
    if (s.len < 3 || s.s[0] != '_' || s.s[1] != '_' ||
        (s.s[s.len - 1] == '_' && s.s[s.len - 2] == '_') || memchr(s.s, '.', s.len))
        return rt__c_add_name(u, s);
    const rt_ast_scope *c = u->scope;
    while (c && c->kind != RT_SCOPE_CLASS)
        c = c->parent;
    if (!c)
        return rt__c_add_name(u, s);
    const char *cls = c->name.s;
    size_t cl = c->name.len;
    while (cl && *cls == '_') {
        cls++;
        cl--;
    }
    if (!cl)
        return rt__c_add_name(u, s);
    char buf[512];
    if (cl + s.len + 2 > sizeof buf)
        return rt__c_add_name(u, s);
    buf[0] = '_';
    memcpy(buf + 1, cls, cl);
    memcpy(buf + 1 + cl, s.s, s.len);
    rt_ast_str m = {buf, cl + s.len + 1};
    buf[m.len] = 0;
    return rt__c_add_name(u, m);
}

void rt__c_load_const(cunit *u, rt_value v)
{
    rt__c_emit(u, RT_OP_LOAD_CONST, rt__c_add_const(u, v));
}
void rt__c_load_none(cunit *u)
{
    rt__c_load_const(u, RT_NONE);
}

/* ---- names ---------------------------------------------------------------------- */

static void load_global(cunit *u, rt_ast_str name)
{
    uint32_t ni = rt__c_add_name(u, name);
    if (*u->failed)
        return;
    if (!grow(u, (void **)&u->gnames, &u->capgcache, u->ngcache + 1, sizeof *u->gnames))
        return;
    u->gnames[u->ngcache] = ni;
    rt__c_emit(u, RT_OP_LOAD_GLOBAL, (uint32_t)u->ngcache++);
}

void rt__c_name_op(cunit *u, rt_ast_str id, rt_ast_name_res res, rt_ast_ctx ctx)
{
    int ncell = u->scope->ncellvars;
    if (u->inl) { /* a name of a generator expression compiled in place */
        if (res.kind == RT_NAME_LOCAL)
            res.slot += u->inl_base;
        else if (res.kind == RT_NAME_FREE)
            res = u->inl->closure[res.slot];
    }
    switch (res.kind) {
    case RT_NAME_NAME:
        rt__c_emit(u,
                   ctx == RT_CTX_LOAD    ? RT_OP_LOAD_NAME
                   : ctx == RT_CTX_STORE ? RT_OP_STORE_NAME
                                         : RT_OP_DELETE_NAME,
                   rt__c_add_mangled(u, id));
        return;
    case RT_NAME_LOCAL:
        rt__c_emit(u,
                   ctx == RT_CTX_LOAD    ? RT_OP_LOAD_FAST
                   : ctx == RT_CTX_STORE ? RT_OP_STORE_FAST
                                         : RT_OP_DELETE_FAST,
                   (uint32_t)res.slot);
        return;
    case RT_NAME_CELL:
    case RT_NAME_FREE: {
        uint32_t slot = (uint32_t)(res.kind == RT_NAME_CELL ? res.slot : ncell + res.slot);
        bool classdef = u->scope->kind == RT_SCOPE_CLASS;
        rt__c_emit(u,
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
            rt__c_emit(u, ctx == RT_CTX_STORE ? RT_OP_STORE_GLOBAL : RT_OP_DELETE_GLOBAL,
                       rt__c_add_name(u, id));
        return;
    }
}

/* ---- assembling ------------------------------------------------------------------ */

rt_value rt__c_assemble(cunit *u)
{
    rt_state *rt = u->rt;
    rt_ast_scope *sc = u->scope;
    /* the implicit `return None` (unreachable after a final return) */
    rt__c_load_none(u);
    rt__c_emit(u, RT_OP_RETURN_VALUE, 0);
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
        .nlocals = (uint16_t)(sc->nvarnames + u->nhidden),
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
    memcpy(c->cols, u->cols, u->n * sizeof *u->cols);
    rt_code_quicken(c->insns, u->n); /* fused instructions (compile_opt.h) */
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
        c->gcache[i].epoch = UINT64_MAX;
    }
    c->argcount = (uint16_t)sc->argcount;
    c->kwonlyargcount = (uint16_t)sc->kwonlyargcount;
    c->posonlyargcount = (uint16_t)sc->posonlyargcount;
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
    if (sc->is_asyncgen)
        flags |= RT_CO_ASYNC_GENERATOR;
    else if (sc->is_coroutine)
        flags |= RT_CO_COROUTINE; /* a generator underneath, but flagged as CPython's */
    else if (sc->is_generator)
        flags |= RT_CO_GENERATOR;
    c->flags = flags;
    if (!sc->has_varargs && !sc->has_varkw && !sc->kwonlyargcount)
        c->fast_argc = c->argcount;
    bool ok = true;
    for (int i = 0; i < sc->nvarnames && ok; i++)
        ok = (c->varnames[i] = rt__c_str_of(u, sc->varnames[i])) != RT_NULL;
    for (int i = 0; i < u->nhidden && ok; i++)
        ok = (c->varnames[sc->nvarnames + i] = rt__c_str_of(u, u->hidden[i])) != RT_NULL;
    for (int i = 0; i < sc->ncellvars && ok; i++) {
        ok = (c->cellvars[i] = rt__c_str_of(u, sc->cellvars[i])) != RT_NULL;
        c->cell2arg[i] = sc->cell2arg ? sc->cell2arg[i] : -1;
    }
    for (int i = 0; i < sc->nfreevars && ok; i++)
        ok = (c->freevars[i] = rt__c_str_of(u, sc->freevars[i])) != RT_NULL;
    if (ok)
        ok = (c->filename = rt_str_from_cstr(rt, u->mod->filename ? u->mod->filename : "")) !=
             RT_NULL;
    if (ok)
        ok = (c->name = rt__c_str_of(u, sc->name)) != RT_NULL;
    if (ok)
        ok = (c->qualname = rt__c_str_of(u, sc->qualname.s ? sc->qualname : sc->name)) != RT_NULL;
    if (!ok) {
        *u->failed = true;
        rt_decref(rt, cv);
        return RT_NULL;
    }
    return cv;
}

void rt__c_unit_dispose(cunit *u)
{
    for (size_t i = 0; i < u->nconsts; i++)
        rt_decref(u->rt, u->consts[i]);
    for (size_t i = 0; i < u->nnames; i++)
        rt_decref(u->rt, u->names[i]);
    free(u->insns);
    free(u->lines);
    free(u->cols);
    free(u->consts);
    free(u->names);
    free(u->iconsts.slot);
    free(u->inames.slot);
    free(u->gnames);
    free(u->labels);
    free(u->hidden);
}

/* Compiles one scope: a module/def body, a lambda body or a comprehension. */
