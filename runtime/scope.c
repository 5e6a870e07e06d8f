/* scope.c: CPython-symtable-style name analysis: which names of each
 * function scope are LOCAL, CELL, FREE or GLOBAL, and the co_varnames /
 * co_cellvars / co_freevars tables a compiler needs.
 *
 * Three passes over the tree, all with one walker (walk_*), so they meet
 * the nested scopes in the same order:
 *   collect  - create a table per scope; record how each name is used
 *              (bound, used, param, global, nonlocal); declaration errors.
 *   analyze  - top-down kinds (nonlocal must find a binding in an enclosing
 *              function), then bottom-up: a child's free name makes the
 *              parent's local a CELL, or passes through as FREE.
 *   resolve  - build varnames in CPython's compile order and fill every
 *              rt_ast_name_res with its kind and slot. */
#include "runtime/scope.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/lex.h"
#include "runtime/nest.h"

enum {
    DEF_LOCAL = 1,    /* bound here (assignment, def, import, for, except as) */
    DEF_PARAM = 2,    /* parameter */
    DEF_GLOBAL = 4,   /* `global` */
    DEF_NONLOCAL = 8, /* `nonlocal` */
    USE = 16,         /* read */
    FREE_CLASS = 32,  /* class scope: bound here (a NAME) and also free for a method */
    COMP_ITER = 64,   /* comprehension scope: a `for` target (a walrus may not rebind it) */
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM)

typedef struct sym {
    rt_ast_str name;
    unsigned flags;
    rt_ast_name_kind kind;
    int slot;                     /* varnames index (LOCAL), cellvars or freevars index */
    int param_index;              /* varnames index if a parameter, else -1 */
    const rt_ast_stmt *directive; /* first global/nonlocal statement naming it */
} sym;

typedef struct table {
    rt_ast_scope *sc;
    struct table *parent;
    sym *syms;
    int nsyms, cap;
    int *hash; /* open addressing: sym index + 1, 0 empty */
    int hcap;
    int nvar, varcap;   /* varnames being built */
    int comp_iter_expr; /* > 0 while walking a comprehension's iterable in this scope */
} table;

typedef enum { PASS_COLLECT, PASS_RESOLVE } pass;

typedef struct ana {
    rt_ast_module *m;
    rt_ast_arena *a;
    rt_syntax_error *err;
    int failed; /* -1 syntax error, -2 out of memory */
    pass pass;
    table *cur;
    table **all; /* every scope, in walk order */
    int nall, allcap;
    int next;             /* resolve pass: index of the next scope in all */
    int depth;            /* statements and expressions being walked (nest.h) */
    int comp_target;      /* walking a comprehension's `for` target */
    uintptr_t stack_base; /* RT_STACK_HERE() at rt_scope_analyze */
} ana;

static void *oom(ana *z)
{
    if (!z->failed) {
        z->failed = -2;
        memset(z->err, 0, sizeof *z->err);
        strcpy(z->err->type, "MemoryError");
        strcpy(z->err->msg, "out of memory");
    }
    return NULL;
}

static void error_at(ana *z, const rt_ast_pos *pos, const char *msg)
{
    if (z->failed)
        return;
    z->failed = -1;
    rt__syntax_error_set(z->err, "SyntaxError", z->m->filename, z->m->source.s, z->m->source.len,
                         pos->line, pos->col, pos->end_line, pos->end_col, "%s", msg);
}

/* Enters one statement or expression: 0, or -1 after reporting CPython's
 * "RecursionError: maximum recursion depth exceeded during compilation" (it
 * counts the same nodes, so the same programs fail). Undo with depth--. */
static int nest_enter(ana *z)
{
    if (++z->depth <= RT_COMPILE_MAX_DEPTH && !rt__stack_exhausted(z->stack_base))
        return 0;
    if (!z->failed) {
        z->failed = -1;
        memset(z->err, 0, sizeof *z->err);
        strcpy(z->err->type, "RecursionError");
        strcpy(z->err->msg, RT_COMPILE_DEPTH_MSG);
    }
    return -1;
}

/* ---- symbol tables ------------------------------------------------------ */

static unsigned hash_str(rt_ast_str s)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < s.len; i++)
        h = (h ^ (unsigned char)s.s[i]) * 16777619u;
    return h;
}

static int str_eq(rt_ast_str a, rt_ast_str b)
{
    return a.len == b.len && memcmp(a.s, b.s, a.len) == 0;
}

static sym *lookup(const table *t, rt_ast_str name)
{
    if (!t->hcap)
        return NULL;
    unsigned m = (unsigned)t->hcap - 1;
    for (unsigned i = hash_str(name) & m;; i = (i + 1) & m) {
        int k = t->hash[i];
        if (!k)
            return NULL;
        if (str_eq(t->syms[k - 1].name, name))
            return &t->syms[k - 1];
    }
}

static int rehash(ana *z, table *t, int ncap)
{
    int *h = rt_ast_alloc(z->a, (size_t)ncap * sizeof *h);
    if (!h)
        return -1;
    unsigned m = (unsigned)ncap - 1;
    for (int k = 0; k < t->nsyms; k++) {
        unsigned i = hash_str(t->syms[k].name) & m;
        while (h[i])
            i = (i + 1) & m;
        h[i] = k + 1;
    }
    t->hash = h;
    t->hcap = ncap;
    return 0;
}

static sym *intern(ana *z, table *t, rt_ast_str name)
{
    sym *s = lookup(t, name);
    if (s)
        return s;
    if (t->nsyms == t->cap) {
        int nc = t->cap ? t->cap * 2 : 8;
        sym *ns = rt_ast_alloc(z->a, (size_t)nc * sizeof *ns);
        if (!ns)
            return oom(z);
        if (t->nsyms)
            memcpy(ns, t->syms, (size_t)t->nsyms * sizeof *ns);
        t->syms = ns;
        t->cap = nc;
    }
    if ((t->nsyms + 1) * 2 > t->hcap && rehash(z, t, t->hcap ? t->hcap * 2 : 16) < 0)
        return oom(z);
    s = &t->syms[t->nsyms++];
    s->name = name;
    s->slot = -1;
    s->param_index = -1;
    unsigned m = (unsigned)t->hcap - 1;
    unsigned i = hash_str(name) & m;
    while (t->hash[i])
        i = (i + 1) & m;
    t->hash[i] = t->nsyms;
    return s;
}

static int is_module(const table *t)
{
    return t->sc->kind == RT_SCOPE_MODULE;
}

static int is_class(const table *t)
{
    return t->sc->kind == RT_SCOPE_CLASS;
}

/* ---- scope creation / entry --------------------------------------------- */

static rt_ast_str cat3(ana *z, rt_ast_str a, const char *mid, rt_ast_str b)
{
    size_t ml = strlen(mid);
    rt_ast_str r = {NULL, a.len + ml + b.len};
    char *s = rt_ast_alloc(z->a, r.len + 1);
    if (!s) {
        oom(z);
        return r;
    }
    memcpy(s, a.s, a.len);
    memcpy(s + a.len, mid, ml);
    memcpy(s + a.len + ml, b.s, b.len);
    s[r.len] = 0;
    r.s = s;
    return r;
}

static rt_ast_str cstr(const char *s)
{
    rt_ast_str r = {s, strlen(s)};
    return r;
}

static int add_param(ana *z, table *t, rt_ast_arg *arg)
{
    sym *s = intern(z, t, arg->name);
    if (!s)
        return -1;
    if (s->flags & DEF_PARAM) {
        /* def f(a, a): the parser takes it (ast.parse does), the symbol
         * table refuses it, as CPython's */
        char msg[512]; /* the size of rt_syntax_error's message */
        snprintf(msg, sizeof msg, "duplicate argument '%.*s' in function definition",
                 (int)arg->name.len, arg->name.s);
        error_at(z, &arg->pos, msg);
        return -1;
    }
    s->flags |= DEF_PARAM;
    return 0;
}

/* Enters a new scope (collect: creates it; resolve: takes the next one). */
static table *enter_scope(ana *z, rt_ast_scope_kind kind, rt_ast_str name, const rt_ast_pos *pos,
                          rt_ast_arguments *args, int comp)
{
    if (z->pass == PASS_RESOLVE) {
        table *t = z->all[z->next++];
        z->cur = t;
        return t;
    }
    table *t = rt_ast_alloc(z->a, sizeof *t);
    rt_ast_scope *sc = rt_ast_alloc(z->a, sizeof *sc);
    if (!t || !sc)
        return oom(z);
    t->sc = sc;
    t->parent = z->cur;
    sc->kind = kind;
    sc->name = name;
    sc->pos = *pos;
    if (z->cur) {
        sc->parent = z->cur->sc;
        rt_ast_scope_kind pk = z->cur->sc->kind;
        int pcomp = pk == RT_SCOPE_LISTCOMP || pk == RT_SCOPE_SETCOMP || pk == RT_SCOPE_DICTCOMP ||
                    pk == RT_SCOPE_GENEXPR;
        /* CPython: "f.<locals>.g", but "<listcomp>.<lambda>" under a comprehension */
        sc->qualname = is_module(z->cur)
                           ? name
                           : cat3(z, z->cur->sc->qualname,
                                  pcomp || pk == RT_SCOPE_CLASS ? "." : ".<locals>.", name);
        if (!sc->qualname.s)
            return NULL;
        rt_ast_scope *ps = z->cur->sc;
        /* children arrays grow by doubling (cap = next power of two) */
        int n = ps->nchildren;
        if ((n & (n - 1)) == 0) {
            rt_ast_scope **nc = rt_ast_alloc(z->a, (size_t)(n ? n * 2 : 1) * sizeof *nc);
            if (!nc)
                return oom(z);
            if (n)
                memcpy(nc, ps->children, (size_t)n * sizeof *nc);
            ps->children = nc;
        }
        ps->children[ps->nchildren++] = sc;
    } else {
        sc->qualname = name;
    }
    if (z->nall == z->allcap) {
        int nc = z->allcap ? z->allcap * 2 : 16;
        table **na = realloc(z->all, (size_t)nc * sizeof *na);
        if (!na)
            return oom(z);
        z->all = na;
        z->allcap = nc;
    }
    z->all[z->nall++] = t;
    z->cur = t;
    if (comp) {
        sc->argcount = 1;
        sym *s = intern(z, t, cstr(".0"));
        if (!s)
            return NULL;
        s->flags |= DEF_PARAM;
        sc->is_generator = kind == RT_SCOPE_GENEXPR;
    }
    if (args) {
        sc->argcount = args->nargs;
        sc->kwonlyargcount = args->nkwonly;
        sc->posonlyargcount = args->nposonly;
        sc->has_varargs = args->vararg != NULL;
        sc->has_varkw = args->kwarg != NULL;
        for (int i = 0; i < args->nargs; i++)
            if (add_param(z, t, &args->args[i]) < 0)
                return NULL;
        for (int i = 0; i < args->nkwonly; i++)
            if (add_param(z, t, &args->kwonly[i]) < 0)
                return NULL;
        if (args->vararg && add_param(z, t, args->vararg) < 0)
            return NULL;
        if (args->kwarg && add_param(z, t, args->kwarg) < 0)
            return NULL;
    }
    return t;
}

/* ---- names -------------------------------------------------------------- */

/* Whether a builtin of this name reads its caller's frame. */
static bool reads_frame(rt_ast_str name)
{
    static const char *const names[] = {"locals", "vars", "dir", "eval", "exec", "super"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (name.len == strlen(names[i]) && !memcmp(name.s, names[i], name.len))
            return true;
    return false;
}

/* A name read (USE) or bound (DEF_LOCAL) in the current scope. */
static void name_op(ana *z, rt_ast_str name, unsigned flag, rt_ast_name_res *res)
{
    table *t = z->cur;
    if (z->pass == PASS_COLLECT) {
        sym *s = intern(z, t, name);
        if (s)
            s->flags |= flag | (z->comp_target && flag == DEF_LOCAL ? COMP_ITER : 0);
        if (flag == USE && reads_frame(name))
            t->sc->frame_names = 1;
        /* a method using super() needs the class it is defined in */
        if (flag == USE && name.len == 5 && !memcmp(name.s, "super", 5) && !is_module(t) &&
            !is_class(t)) {
            sym *c = intern(z, t, cstr("__class__"));
            if (c)
                c->flags |= USE;
        }
        return;
    }
    sym *s = lookup(t, name);
    if (!s) { /* cannot happen: collect saw every name */
        res->kind = RT_NAME_GLOBAL_IMPLICIT;
        res->slot = -1;
        return;
    }
    if (s->kind == RT_NAME_LOCAL && s->slot < 0) {
        rt_ast_scope *sc = t->sc;
        if (t->nvar == t->varcap) {
            int nc = t->varcap ? t->varcap * 2 : 8;
            rt_ast_str *nv = rt_ast_alloc(z->a, (size_t)nc * sizeof *nv);
            if (!nv) {
                oom(z);
                return;
            }
            if (t->nvar)
                memcpy(nv, sc->varnames, (size_t)t->nvar * sizeof *nv);
            sc->varnames = nv;
            t->varcap = nc;
        }
        s->slot = t->nvar;
        sc->varnames[t->nvar++] = s->name;
        sc->nvarnames = t->nvar;
    }
    res->kind = s->kind;
    res->slot = s->slot;
}

/* A global or nonlocal statement in the current scope. */
static void directive(ana *z, const rt_ast_stmt *st)
{
    if (z->pass != PASS_COLLECT)
        return;
    int is_global = st->kind == RT_STMT_GLOBAL;
    if (!is_global && is_module(z->cur)) {
        error_at(z, &st->pos, "nonlocal declaration not allowed at module level");
        return;
    }
    for (int i = 0; i < st->u.global.nnames; i++) {
        sym *s = intern(z, z->cur, st->u.global.names[i]);
        if (!s)
            return;
        const char *n = s->name.s;
        const char *kw = is_global ? "global" : "nonlocal";
        char msg[160];
        if (s->flags & (DEF_PARAM | DEF_LOCAL | USE)) {
            if (s->flags & DEF_PARAM)
                snprintf(msg, sizeof msg, "name '%s' is parameter and %s", n, kw);
            else if (s->flags & USE)
                snprintf(msg, sizeof msg, "name '%s' is used prior to %s declaration", n, kw);
            else
                snprintf(msg, sizeof msg, "name '%s' is assigned to before %s declaration", n, kw);
            error_at(z, &st->pos, msg);
            return;
        }
        s->flags |= is_global ? DEF_GLOBAL : DEF_NONLOCAL;
        if (!s->directive)
            s->directive = st;
    }
}

/* ---- the walker (compile order) ----------------------------------------- */

static void walk_expr(ana *z, rt_ast_expr *e);
static void walk_stmts(ana *z, rt_ast_stmt_list l);

static void walk_list(ana *z, rt_ast_expr_list l)
{
    for (int i = 0; i < l.n && !z->failed; i++)
        walk_expr(z, l.v[i]);
}

static void walk_defaults(ana *z, rt_ast_arguments *a)
{
    walk_list(z, a->defaults);
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kw_defaults[i])
            walk_expr(z, a->kw_defaults[i]);
}

/* Parameter annotations, evaluated in the enclosing scope at def time. */
static void walk_annotations(ana *z, rt_ast_arguments *a)
{
    for (int i = 0; i < a->nargs; i++)
        walk_expr(z, a->args[i].annotation);
    if (a->vararg)
        walk_expr(z, a->vararg->annotation);
    for (int i = 0; i < a->nkwonly; i++)
        walk_expr(z, a->kwonly[i].annotation);
    if (a->kwarg)
        walk_expr(z, a->kwarg->annotation);
}

/* Parameters are resolved on entry to their scope (resolve pass). */
static void resolve_params(ana *z, rt_ast_arguments *a)
{
    if (z->pass != PASS_RESOLVE || !a)
        return;
    table *t = z->cur;
    rt_ast_arg *all[4] = {a->args, a->kwonly, a->vararg, a->kwarg};
    int counts[4] = {a->nargs, a->nkwonly, a->vararg ? 1 : 0, a->kwarg ? 1 : 0};
    for (int l = 0; l < 4; l++) {
        for (int i = 0; i < counts[l]; i++) {
            sym *s = lookup(t, all[l][i].name);
            all[l][i].res.kind = s->kind;
            all[l][i].res.slot = s->slot;
        }
    }
}

static void leave_scope(ana *z, table *saved)
{
    z->cur = saved;
}

static void mark_async(ana *z, const rt_ast_pos *pos, bool is_await);

static void walk_comp(ana *z, rt_ast_expr *e)
{
    static const struct {
        rt_ast_expr_kind k;
        rt_ast_scope_kind sk;
        const char *name;
    } kinds[] = {
        {RT_EXPR_LISTCOMP, RT_SCOPE_LISTCOMP, "<listcomp>"},
        {RT_EXPR_SETCOMP, RT_SCOPE_SETCOMP, "<setcomp>"},
        {RT_EXPR_DICTCOMP, RT_SCOPE_DICTCOMP, "<dictcomp>"},
        {RT_EXPR_GENERATOREXP, RT_SCOPE_GENEXPR, "<genexpr>"},
    };
    int k = 0;
    while (kinds[k].k != e->kind)
        k++;
    rt_ast_comprehension *g = e->u.comp.generators;
    z->cur->comp_iter_expr++;
    walk_expr(z, g[0].iter); /* in the enclosing scope */
    z->cur->comp_iter_expr--;
    table *saved = z->cur;
    table *t = enter_scope(z, kinds[k].sk, cstr(kinds[k].name), &e->pos, NULL, 1);
    if (!t)
        return;
    e->u.comp.scope = t->sc;
    for (int i = 0; i < e->u.comp.ngenerators && !z->failed; i++) {
        if (i > 0) {
            t->comp_iter_expr++;
            walk_expr(z, g[i].iter);
            t->comp_iter_expr--;
        }
        if (g[i].is_async && z->pass == PASS_COLLECT)
            mark_async(z, &e->pos, false);
        z->comp_target = 1;
        walk_expr(z, g[i].target);
        z->comp_target = 0;
        walk_list(z, g[i].ifs);
    }
    if (!z->failed)
        walk_expr(z, e->u.comp.elt);
    if (e->u.comp.value && !z->failed)
        walk_expr(z, e->u.comp.value);
    leave_scope(z, saved);
}

static int is_comprehension(const table *t)
{
    switch (t->sc->kind) {
    case RT_SCOPE_LISTCOMP:
    case RT_SCOPE_SETCOMP:
    case RT_SCOPE_DICTCOMP:
    case RT_SCOPE_GENEXPR: return 1;
    default: return 0;
    }
}

/* The target of `name := value` (PEP 572). Outside comprehensions it binds
 * in the current scope. Inside one it binds in the nearest enclosing
 * function or the module, as CPython's symtable does: the comprehension
 * sees it as a nonlocal (or global) of that scope, and the comprehensions
 * between pass it through as free. */
static void named_target(ana *z, const rt_ast_expr *e)
{
    rt_ast_expr *target = e->u.namedexpr.target;
    rt_ast_str name = target->u.name.id;
    if (z->cur->comp_iter_expr > 0) {
        if (z->pass == PASS_COLLECT)
            error_at(z, &e->pos,
                     "assignment expression cannot be used in a comprehension iterable expression");
        return;
    }
    if (!is_comprehension(z->cur) || z->pass != PASS_COLLECT) {
        /* the resolve pass finds what the collect pass recorded */
        name_op(z, name, DEF_LOCAL, &target->u.name.res);
        return;
    }
    for (table *a = z->cur; a; a = a->parent) {
        if (is_comprehension(a)) {
            const sym *it = lookup(a, name);
            if (it && (it->flags & COMP_ITER)) {
                char msg[200];
                snprintf(msg, sizeof msg,
                         "assignment expression cannot rebind comprehension iteration variable "
                         "'%.*s'",
                         (int)name.len, name.s);
                error_at(z, &target->pos, msg);
                return;
            }
            continue;
        }
        if (is_class(a)) {
            /* CPython gives this one a start and no range */
            rt_ast_pos at = e->pos;
            at.end_line = at.line;
            at.end_col = at.col + 1;
            error_at(z, &at,
                     "assignment expression within a comprehension cannot be used in a class body");
            return;
        }
        const sym *there = lookup(a, name);
        bool global = is_module(a) || (there && (there->flags & DEF_GLOBAL));
        sym *here = intern(z, z->cur, name);
        sym *bound = intern(z, a, name);
        if (!here || !bound)
            return;
        /* (no directive statement: a comprehension has no global/nonlocal
         * of its own, so the errors that name one cannot arise here) */
        here->flags |= global ? DEF_GLOBAL : DEF_NONLOCAL;
        bound->flags |= DEF_LOCAL;
        return;
    }
}

/* An `await` (is_await) or a comprehension's `async for` clause in the
 * current scope. Inside an async def, each list, set or dict comprehension
 * between it and the function becomes a coroutine its caller awaits
 * (CPython's async comprehension), and a generator expression becomes an
 * asynchronous generator (the scopes above it stay as they are); elsewhere
 * CPython's symtable refuses it with these messages. */
static void mark_async(ana *z, const rt_ast_pos *pos, bool is_await)
{
    rt_ast_scope *sc = z->cur->sc;
    rt_ast_scope *f = sc;
    while (f->kind == RT_SCOPE_LISTCOMP || f->kind == RT_SCOPE_SETCOMP ||
           f->kind == RT_SCOPE_DICTCOMP || f->kind == RT_SCOPE_GENEXPR)
        f = f->parent;
    if (f->kind == RT_SCOPE_FUNCTION && f->is_coroutine) {
        for (rt_ast_scope *c = sc; c != f; c = c->parent) {
            if (c->kind == RT_SCOPE_GENEXPR) {
                c->is_asyncgen = c->is_generator = 1;
                return;
            }
            c->is_coroutine = c->is_generator = 1;
        }
        return;
    }
    if (sc->kind == RT_SCOPE_GENEXPR && !is_await) {
        /* an async generator expression outside an async def: iterated
         * with `async for` like any other */
        sc->is_asyncgen = sc->is_generator = 1;
        return;
    }
    if (f != sc || !is_await)
        error_at(z, pos, "asynchronous comprehension outside of an asynchronous function");
    else
        error_at(z, pos,
                 sc->kind == RT_SCOPE_FUNCTION || sc->kind == RT_SCOPE_LAMBDA
                     ? "'await' outside async function"
                     : "'await' outside function");
}

/* A yield makes the enclosing def or lambda a generator (an async def an
 * asynchronous generator); CPython's symtable rejects it elsewhere with
 * these messages. */
static void mark_generator(ana *z, const rt_ast_expr *e)
{
    rt_ast_scope *sc = z->cur->sc;
    if (e->kind == RT_EXPR_YIELDFROM && e->u.yield.is_await) {
        mark_async(z, &e->pos, true);
        return;
    }
    if (sc->kind == RT_SCOPE_FUNCTION && sc->is_coroutine) {
        if (e->kind == RT_EXPR_YIELDFROM)
            error_at(z, &e->pos, "'yield from' inside async function");
        else
            sc->is_asyncgen = 1;
        return;
    }
    switch (sc->kind) {
    case RT_SCOPE_FUNCTION:
    case RT_SCOPE_LAMBDA: sc->is_generator = 1; break;
    case RT_SCOPE_LISTCOMP: error_at(z, &e->pos, "'yield' inside list comprehension"); break;
    case RT_SCOPE_SETCOMP: error_at(z, &e->pos, "'yield' inside set comprehension"); break;
    case RT_SCOPE_DICTCOMP: error_at(z, &e->pos, "'yield' inside dict comprehension"); break;
    case RT_SCOPE_GENEXPR: error_at(z, &e->pos, "'yield' inside generator expression"); break;
    default: error_at(z, &e->pos, "'yield' outside function"); break; /* module, class body */
    }
}

static void walk_expr_in(ana *z, rt_ast_expr *e);

static void walk_expr(ana *z, rt_ast_expr *e)
{
    if (!e || z->failed || nest_enter(z) < 0)
        return;
    walk_expr_in(z, e);
    z->depth--;
}

static void walk_expr_in(ana *z, rt_ast_expr *e)
{
    switch (e->kind) {
    case RT_EXPR_BOOLOP: walk_list(z, e->u.boolop.values); break;
    case RT_EXPR_BINOP:
        walk_expr(z, e->u.binop.left);
        walk_expr(z, e->u.binop.right);
        break;
    case RT_EXPR_UNARYOP: walk_expr(z, e->u.unaryop.operand); break;
    case RT_EXPR_LAMBDA: {
        walk_defaults(z, e->u.lambda.args);
        table *saved = z->cur;
        table *t = enter_scope(z, RT_SCOPE_LAMBDA, cstr("<lambda>"), &e->pos, e->u.lambda.args, 0);
        if (!t)
            return;
        e->u.lambda.scope = t->sc;
        resolve_params(z, e->u.lambda.args);
        walk_expr(z, e->u.lambda.body);
        leave_scope(z, saved);
        break;
    }
    case RT_EXPR_IFEXP:
        walk_expr(z, e->u.ifexp.test);
        walk_expr(z, e->u.ifexp.body);
        walk_expr(z, e->u.ifexp.orelse);
        break;
    case RT_EXPR_DICT:
        for (int i = 0; i < e->u.dict.values.n; i++) {
            walk_expr(z, e->u.dict.keys.v[i]);
            walk_expr(z, e->u.dict.values.v[i]);
        }
        break;
    case RT_EXPR_SET: walk_list(z, e->u.set.elts); break;
    case RT_EXPR_LISTCOMP:
    case RT_EXPR_SETCOMP:
    case RT_EXPR_DICTCOMP:
    case RT_EXPR_GENERATOREXP: walk_comp(z, e); break;
    case RT_EXPR_COMPARE:
        walk_expr(z, e->u.compare.left);
        walk_list(z, e->u.compare.comparators);
        break;
    case RT_EXPR_CALL:
        walk_expr(z, e->u.call.func);
        walk_list(z, e->u.call.args);
        for (int i = 0; i < e->u.call.nkeywords; i++)
            walk_expr(z, e->u.call.keywords[i].value);
        break;
    case RT_EXPR_FORMATTEDVALUE:
        walk_expr(z, e->u.formattedvalue.value);
        walk_expr(z, e->u.formattedvalue.format_spec);
        break;
    case RT_EXPR_JOINEDSTR: walk_list(z, e->u.joinedstr.values); break;
    case RT_EXPR_CONSTANT: break;
    case RT_EXPR_ATTRIBUTE: walk_expr(z, e->u.attribute.value); break;
    case RT_EXPR_SUBSCRIPT:
        walk_expr(z, e->u.subscript.value);
        walk_expr(z, e->u.subscript.slice);
        break;
    case RT_EXPR_STARRED: walk_expr(z, e->u.starred.value); break;
    case RT_EXPR_YIELD:
    case RT_EXPR_YIELDFROM:
        walk_expr(z, e->u.yield.value);
        if (z->pass == PASS_COLLECT)
            mark_generator(z, e);
        break;
    case RT_EXPR_NAME:
        name_op(z, e->u.name.id, e->u.name.ctx == RT_CTX_LOAD ? USE : DEF_LOCAL, &e->u.name.res);
        break;
    case RT_EXPR_LIST:
    case RT_EXPR_TUPLE: walk_list(z, e->u.seq.elts); break;
    case RT_EXPR_NAMEDEXPR:
        walk_expr(z, e->u.namedexpr.value);
        if (!z->failed)
            named_target(z, e);
        break;
    case RT_EXPR_SLICE:
        walk_expr(z, e->u.slice.lower);
        walk_expr(z, e->u.slice.upper);
        walk_expr(z, e->u.slice.step);
        break;
    case RT_EXPR__COUNT: break;
    }
}

static void walk_stmt_in(ana *z, rt_ast_stmt *s);

/* A case pattern: its captures bind in the current scope; values, class
 * names and mapping keys are expressions read there. */
static void walk_pattern(ana *z, rt_ast_pattern *pt)
{
    if (!pt || z->failed || nest_enter(z) < 0)
        return;
    switch (pt->kind) {
    case RT_PAT_VALUE:
    case RT_PAT_SINGLETON: walk_expr(z, pt->u.value); break;
    case RT_PAT_SEQUENCE:
    case RT_PAT_OR:
        for (int i = 0; i < pt->u.seq.n; i++)
            walk_pattern(z, pt->u.seq.v[i]);
        break;
    case RT_PAT_MAPPING:
        for (int i = 0; i < pt->u.mapping.n; i++) {
            walk_expr(z, pt->u.mapping.keys[i]);
            walk_pattern(z, pt->u.mapping.values[i]);
        }
        walk_expr(z, pt->u.mapping.rest);
        break;
    case RT_PAT_CLASS:
        walk_expr(z, pt->u.cls.cls);
        for (int i = 0; i < pt->u.cls.nargs; i++)
            walk_pattern(z, pt->u.cls.args[i]);
        for (int i = 0; i < pt->u.cls.nkwd; i++)
            walk_pattern(z, pt->u.cls.kwd_patterns[i]);
        break;
    case RT_PAT_STAR:
    case RT_PAT_AS:
        walk_pattern(z, pt->u.as.pattern);
        walk_expr(z, pt->u.as.name);
        break;
    }
    z->depth--;
}

static void walk_stmt(ana *z, rt_ast_stmt *s)
{
    if (nest_enter(z) < 0)
        return;
    walk_stmt_in(z, s);
    z->depth--;
}

static void walk_stmt_in(ana *z, rt_ast_stmt *s)
{
    switch (s->kind) {
    case RT_STMT_CLASSDEF: {
        walk_list(z, s->u.classdef.decorators);
        walk_list(z, s->u.classdef.bases);
        for (int i = 0; i < s->u.classdef.nkeywords; i++)
            walk_expr(z, s->u.classdef.keywords[i].value);
        if (z->failed)
            return;
        table *saved = z->cur;
        table *t = enter_scope(z, RT_SCOPE_CLASS, s->u.classdef.name, &s->pos, NULL, 0);
        if (!t)
            return;
        s->u.classdef.scope = t->sc;
        walk_stmts(z, s->u.classdef.body);
        leave_scope(z, saved);
        if (!z->failed)
            name_op(z, s->u.classdef.name, DEF_LOCAL, &s->u.classdef.res);
        break;
    }
    case RT_STMT_WITH:
        if (s->u.with.is_async &&
            !(z->cur->sc->kind == RT_SCOPE_FUNCTION && z->cur->sc->is_coroutine)) {
            error_at(z, &s->pos, "'async with' outside async function");
            break;
        }
        for (int i = 0; i < s->u.with.nitems && !z->failed; i++) {
            walk_expr(z, s->u.with.items[i].context_expr);
            walk_expr(z, s->u.with.items[i].optional_vars);
        }
        walk_stmts(z, s->u.with.body);
        break;
    case RT_STMT_MATCH:
        walk_expr(z, s->u.match.subject);
        for (int i = 0; i < s->u.match.ncases && !z->failed; i++) {
            walk_pattern(z, s->u.match.cases[i].pattern);
            walk_expr(z, s->u.match.cases[i].guard);
            walk_stmts(z, s->u.match.cases[i].body);
        }
        break;
    case RT_STMT_ANNASSIGN:
        walk_expr(z, s->u.annassign.annotation);
        walk_expr(z, s->u.annassign.value);
        walk_expr(z, s->u.annassign.target);
        break;
    case RT_STMT_FUNCTIONDEF: {
        walk_list(z, s->u.functiondef.decorators);
        walk_defaults(z, s->u.functiondef.args);
        walk_annotations(z, s->u.functiondef.args);
        walk_expr(z, s->u.functiondef.returns);
        if (z->failed)
            return;
        table *saved = z->cur;
        table *t = enter_scope(z, RT_SCOPE_FUNCTION, s->u.functiondef.name, &s->pos,
                               s->u.functiondef.args, 0);
        if (!t)
            return;
        s->u.functiondef.scope = t->sc;
        if (s->u.functiondef.is_async)
            t->sc->is_coroutine = t->sc->is_generator = 1;
        resolve_params(z, s->u.functiondef.args);
        walk_stmts(z, s->u.functiondef.body);
        leave_scope(z, saved);
        if (!z->failed)
            name_op(z, s->u.functiondef.name, DEF_LOCAL, &s->u.functiondef.res);
        break;
    }
    case RT_STMT_RETURN: walk_expr(z, s->u.return_.value); break;
    case RT_STMT_DELETE: walk_list(z, s->u.delete_.targets); break;
    case RT_STMT_ASSIGN:
        walk_expr(z, s->u.assign.value);
        walk_list(z, s->u.assign.targets);
        break;
    case RT_STMT_AUGASSIGN: {
        rt_ast_expr *t = s->u.augassign.target;
        if (t->kind == RT_EXPR_NAME) {
            /* read then write */
            if (z->pass == PASS_COLLECT)
                name_op(z, t->u.name.id, USE, &t->u.name.res);
            walk_expr(z, s->u.augassign.value);
            walk_expr(z, t);
        } else {
            walk_expr(z, t);
            walk_expr(z, s->u.augassign.value);
        }
        break;
    }
    case RT_STMT_FOR:
        if (s->u.for_.is_async &&
            !(z->cur->sc->kind == RT_SCOPE_FUNCTION && z->cur->sc->is_coroutine)) {
            error_at(z, &s->pos, "'async for' outside async function");
            break;
        }
        walk_expr(z, s->u.for_.iter);
        walk_expr(z, s->u.for_.target);
        walk_stmts(z, s->u.for_.body);
        walk_stmts(z, s->u.for_.orelse);
        break;
    case RT_STMT_WHILE:
    case RT_STMT_IF:
        walk_expr(z, s->u.if_.test);
        walk_stmts(z, s->u.if_.body);
        walk_stmts(z, s->u.if_.orelse);
        break;
    case RT_STMT_RAISE:
        walk_expr(z, s->u.raise.exc);
        walk_expr(z, s->u.raise.cause);
        break;
    case RT_STMT_TRY:
        walk_stmts(z, s->u.try_.body);
        walk_stmts(z, s->u.try_.orelse);
        for (int i = 0; i < s->u.try_.nhandlers && !z->failed; i++) {
            rt_ast_excepthandler *h = &s->u.try_.handlers[i];
            walk_expr(z, h->type);
            if (h->name.s)
                name_op(z, h->name, DEF_LOCAL, &h->res);
            walk_stmts(z, h->body);
        }
        walk_stmts(z, s->u.try_.finalbody);
        break;
    case RT_STMT_ASSERT:
        walk_expr(z, s->u.assert_.test);
        walk_expr(z, s->u.assert_.msg);
        break;
    case RT_STMT_IMPORT:
    case RT_STMT_IMPORTFROM: {
        int imp = s->kind == RT_STMT_IMPORT;
        rt_ast_alias *names = imp ? s->u.import.names : s->u.importfrom.names;
        int n = imp ? s->u.import.nnames : s->u.importfrom.nnames;
        for (int i = 0; i < n; i++) {
            if (!imp && names[i].name.len == 1 && names[i].name.s[0] == '*')
                continue; /* `from m import *` binds names known only at run time */
            rt_ast_str b = names[i].asname.s ? names[i].asname : names[i].name;
            if (!names[i].asname.s && imp) {
                const char *dot = memchr(b.s, '.', b.len);
                if (dot) {
                    /* `import a.b` binds "a": an arena copy keeps it NUL-terminated */
                    char *c = rt_ast_strdup(z->a, b.s, (size_t)(dot - b.s));
                    if (!c) {
                        oom(z);
                        return;
                    }
                    b.s = c;
                    b.len = (size_t)(dot - names[i].name.s);
                }
            }
            name_op(z, b, DEF_LOCAL, &names[i].res);
        }
        break;
    }
    case RT_STMT_GLOBAL:
    case RT_STMT_NONLOCAL: directive(z, s); break;
    case RT_STMT_EXPR: walk_expr(z, s->u.expr.value); break;
    case RT_STMT_PASS:
    case RT_STMT_BREAK:
    case RT_STMT_CONTINUE:
    case RT_STMT__COUNT: break;
    }
}

static void walk_stmts(ana *z, rt_ast_stmt_list l)
{
    for (int i = 0; i < l.n && !z->failed; i++)
        walk_stmt(z, l.v[i]);
}

/* ---- analysis ----------------------------------------------------------- */

/* Is name bound in an enclosing function scope of t (CPython's `bound`)? */
static int bound_above(const table *t, rt_ast_str name)
{
    for (const table *a = t->parent; a && !is_module(a); a = a->parent) {
        if (is_class(a)) {
            /* class bodies are invisible to nested scopes, except the
             * implicit __class__ a method's super() uses */
            if (name.len == 9 && !memcmp(name.s, "__class__", 9))
                return 1;
            continue;
        }
        const sym *s = lookup(a, name);
        if (!s)
            continue;
        if (s->flags & DEF_GLOBAL)
            return 0;
        if (s->flags & (DEF_BOUND | DEF_NONLOCAL))
            return 1;
    }
    return 0;
}

/* Top-down: kinds from this scope's flags and the enclosing bindings. */
static void analyze_names(ana *z, table *t)
{
    for (int i = 0; i < t->nsyms && !z->failed; i++) {
        sym *s = &t->syms[i];
        if (s->flags & DEF_GLOBAL) {
            if (s->flags & DEF_NONLOCAL) {
                char msg[160];
                snprintf(msg, sizeof msg, "name '%s' is nonlocal and global", s->name.s);
                error_at(z, &s->directive->pos, msg);
                return;
            }
            s->kind = RT_NAME_GLOBAL_EXPLICIT;
        } else if (s->flags & DEF_NONLOCAL) {
            if (!bound_above(t, s->name)) {
                char msg[160];
                snprintf(msg, sizeof msg, "no binding for nonlocal '%s' found", s->name.s);
                error_at(z, &s->directive->pos, msg);
                return;
            }
            s->kind = RT_NAME_FREE;
        } else if (s->flags & DEF_BOUND) {
            s->kind = is_module(t)  ? RT_NAME_GLOBAL_IMPLICIT
                      : is_class(t) ? RT_NAME_NAME
                                    : RT_NAME_LOCAL;
        } else if (!is_module(t) && bound_above(t, s->name)) {
            s->kind = RT_NAME_FREE;
        } else {
            s->kind = is_class(t) ? RT_NAME_NAME : RT_NAME_GLOBAL_IMPLICIT;
        }
    }
}

/* Bottom-up, children first (they come after t in z->all): a child's FREE
 * name makes t's local a CELL, or becomes FREE in t. */
static void propagate(ana *z, table *child)
{
    table *t = child->parent;
    for (int i = 0; i < child->nsyms; i++) {
        sym *c = &child->syms[i];
        if (c->kind != RT_NAME_FREE && !(c->flags & FREE_CLASS))
            continue;
        sym *s = lookup(t, c->name);
        if (is_class(t)) {
            if (c->name.len == 9 && !memcmp(c->name.s, "__class__", 9)) {
                /* the class's own cell, filled when the class is made */
                if (!s && !(s = intern(z, t, c->name)))
                    return;
                s->kind = RT_NAME_CELL;
                continue;
            }
            if (!s) {
                if (!(s = intern(z, t, c->name)))
                    return;
                s->kind = RT_NAME_FREE;
            } else if (s->kind != RT_NAME_FREE && s->kind != RT_NAME_CELL) {
                s->flags |= FREE_CLASS; /* a NAME here, a free variable for the methods */
            }
            continue;
        }
        if (s) {
            if (s->kind == RT_NAME_LOCAL)
                s->kind = RT_NAME_CELL;
            continue;
        }
        if (is_module(t))
            continue;
        s = intern(z, t, c->name);
        if (!s)
            return;
        s->kind = RT_NAME_FREE;
    }
}

static int cmp_str(const void *a, const void *b)
{
    const rt_ast_str *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    if (c)
        return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

static int index_of(const rt_ast_str *v, int n, rt_ast_str name)
{
    for (int i = 0; i < n; i++)
        if (str_eq(v[i], name))
            return i;
    return -1;
}

/* Parameters into varnames; cellvars, cell2arg and freevars in CPython's order. */
static int build_tables(ana *z, table *t)
{
    rt_ast_scope *sc = t->sc;
    /* params: symbols flagged DEF_PARAM were interned first, in order */
    int nparams = 0;
    while (nparams < t->nsyms && (t->syms[nparams].flags & DEF_PARAM))
        nparams++;
    int ncell = 0, nfree = 0;
    for (int i = 0; i < t->nsyms; i++) {
        ncell += t->syms[i].kind == RT_NAME_CELL;
        nfree += t->syms[i].kind == RT_NAME_FREE || (t->syms[i].flags & FREE_CLASS);
    }
    t->varcap = nparams + 8;
    sc->varnames = rt_ast_alloc(z->a, (size_t)t->varcap * sizeof *sc->varnames);
    sc->cellvars = rt_ast_alloc(z->a, (size_t)(ncell + 1) * sizeof *sc->cellvars);
    sc->cell2arg = rt_ast_alloc(z->a, (size_t)(ncell + 1) * sizeof *sc->cell2arg);
    sc->freevars = rt_ast_alloc(z->a, (size_t)(nfree + 1) * sizeof *sc->freevars);
    sc->closure = rt_ast_alloc(z->a, (size_t)(nfree + 1) * sizeof *sc->closure);
    if (!sc->varnames || !sc->cellvars || !sc->cell2arg || !sc->freevars || !sc->closure) {
        oom(z);
        return -1;
    }
    for (int i = 0; i < nparams; i++) {
        sc->varnames[i] = t->syms[i].name;
        t->syms[i].param_index = i;
        if (t->syms[i].kind == RT_NAME_LOCAL)
            t->syms[i].slot = i;
    }
    t->nvar = sc->nvarnames = nparams;
    /* cell parameters first, in parameter order; then the other cells sorted */
    int nc = 0;
    for (int i = 0; i < nparams; i++)
        if (t->syms[i].kind == RT_NAME_CELL)
            sc->cellvars[nc++] = t->syms[i].name;
    int first_other = nc;
    for (int i = nparams; i < t->nsyms; i++)
        if (t->syms[i].kind == RT_NAME_CELL)
            sc->cellvars[nc++] = t->syms[i].name;
    qsort(sc->cellvars + first_other, (size_t)(nc - first_other), sizeof *sc->cellvars, cmp_str);
    sc->ncellvars = nc;
    int nf = 0;
    for (int i = 0; i < t->nsyms; i++)
        if (t->syms[i].kind == RT_NAME_FREE || (t->syms[i].flags & FREE_CLASS))
            sc->freevars[nf++] = t->syms[i].name;
    qsort(sc->freevars, (size_t)nf, sizeof *sc->freevars, cmp_str);
    sc->nfreevars = nf;
    for (int i = 0; i < nc; i++) {
        sym *s = lookup(t, sc->cellvars[i]);
        s->slot = i;
        sc->cell2arg[i] = s->param_index;
    }
    for (int i = 0; i < nf; i++) {
        sym *s = lookup(t, sc->freevars[i]);
        if (s->kind == RT_NAME_FREE)
            s->slot = i;
    }
    return 0;
}

/* For each free variable of t: the cell in its parent. */
static void build_closure(table *t)
{
    rt_ast_scope *sc = t->sc, *ps = t->parent ? t->parent->sc : NULL;
    for (int i = 0; i < sc->nfreevars; i++) {
        int k = ps ? index_of(ps->cellvars, ps->ncellvars, sc->freevars[i]) : -1;
        if (k >= 0) {
            sc->closure[i].kind = RT_NAME_CELL;
            sc->closure[i].slot = k;
        } else {
            sc->closure[i].kind = RT_NAME_FREE;
            sc->closure[i].slot = ps ? index_of(ps->freevars, ps->nfreevars, sc->freevars[i]) : -1;
        }
    }
}

int rt_scope_analyze(rt_ast_module *m, rt_syntax_error *err)
{
    ana z;
    memset(&z, 0, sizeof z);
    z.m = m;
    z.a = m->arena;
    z.err = err;
    z.stack_base = RT_STACK_HERE();
    rt_ast_pos mpos = {1, 1, 1, 1};
    z.pass = PASS_COLLECT;
    table *top = enter_scope(&z, RT_SCOPE_MODULE, cstr("<module>"), &mpos, NULL, 0);
    if (top)
        walk_stmts(&z, m->body);
    /* top-down kinds: z.all is in pre-order, parents before children */
    for (int i = 0; i < z.nall && !z.failed; i++)
        analyze_names(&z, z.all[i]);
    /* bottom-up: reverse pre-order visits children before parents */
    for (int i = z.nall - 1; i > 0 && !z.failed; i--)
        propagate(&z, z.all[i]);
    for (int i = 0; i < z.nall && !z.failed; i++)
        build_tables(&z, z.all[i]);
    for (int i = 0; i < z.nall && !z.failed; i++)
        build_closure(z.all[i]);
    if (!z.failed) {
        z.pass = PASS_RESOLVE;
        z.cur = NULL;
        z.next = 0;
        enter_scope(&z, RT_SCOPE_MODULE, cstr("<module>"), &mpos, NULL, 0);
        walk_stmts(&z, m->body);
    }
    int r = z.failed;
    if (!r)
        m->scope = top->sc;
    free(z.all);
    return r;
}
