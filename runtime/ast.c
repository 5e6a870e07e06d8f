/* ast.c: the AST arena, operator and kind names, and the debug dumper. */
#include "runtime/ast.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena -------------------------------------------------------------- */

#define CHUNK_SIZE (64 * 1024)

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    alignas(max_align_t) unsigned char data[];
} chunk;

struct rt_ast_arena {
    chunk *head;
    size_t bytes;
};

rt_ast_arena *rt_ast_arena_new(void)
{
    rt_ast_arena *a = calloc(1, sizeof *a);
    return a;
}

void rt_ast_arena_free(rt_ast_arena *a)
{
    if (!a)
        return;
    chunk *c = a->head;
    while (c) {
        chunk *n = c->next;
        free(c);
        c = n;
    }
    free(a);
}

void *rt_ast_alloc(rt_ast_arena *a, size_t n)
{
    const size_t al = alignof(max_align_t);
    n = (n + al - 1) & ~(al - 1);
    if (n == 0)
        n = al;
    chunk *c = a->head;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > CHUNK_SIZE / 4 ? n : CHUNK_SIZE;
        chunk *nc = malloc(sizeof *nc + cap);
        if (!nc)
            return NULL;
        nc->used = 0;
        nc->cap = cap;
        a->bytes += sizeof *nc + cap;
        if (c && cap == n) {
            /* big block: keep the current chunk as the bump target */
            nc->next = c->next;
            c->next = nc;
        } else {
            nc->next = c;
            a->head = nc;
        }
        c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *rt_ast_strdup(rt_ast_arena *a, const char *s, size_t len)
{
    char *d = rt_ast_alloc(a, len + 1);
    if (!d)
        return NULL;
    if (len)
        memcpy(d, s, len);
    d[len] = 0;
    return d;
}

size_t rt_ast_arena_bytes(const rt_ast_arena *a)
{
    return a->bytes;
}

/* ---- names -------------------------------------------------------------- */

#define RT_X(n, s) s,
static const char *const binop_syms[] = {RT_BINOPS(RT_X)};
static const char *const unary_syms[] = {RT_UNARYOPS(RT_X)};
static const char *const bool_syms[] = {RT_BOOLOPS(RT_X)};
static const char *const cmp_syms[] = {RT_CMPOPS(RT_X)};
#undef RT_X
#define RT_X(k, n) n,
static const char *const expr_names[] = {RT_EXPR_KINDS(RT_X)};
static const char *const stmt_names[] = {RT_STMT_KINDS(RT_X)};
#undef RT_X
#define RT_X(k) #k,
static const char *const name_kinds[] = {RT_NAME_KINDS(RT_X)};
#undef RT_X

const char *rt_ast_binop_symbol(rt_ast_binop op)
{
    return (unsigned)op < RT_BINOP__COUNT ? binop_syms[op] : "?";
}
const char *rt_ast_unaryop_symbol(rt_ast_unaryop op)
{
    return (unsigned)op < RT_UNARY__COUNT ? unary_syms[op] : "?";
}
const char *rt_ast_boolop_symbol(rt_ast_boolop op)
{
    return (unsigned)op < RT_BOOL__COUNT ? bool_syms[op] : "?";
}
const char *rt_ast_cmpop_symbol(rt_ast_cmpop op)
{
    return (unsigned)op < RT_ASTCMP__COUNT ? cmp_syms[op] : "?";
}
const char *rt_ast_expr_kind_name(rt_ast_expr_kind k)
{
    return (unsigned)k < RT_EXPR__COUNT ? expr_names[k] : "?";
}
const char *rt_ast_stmt_kind_name(rt_ast_stmt_kind k)
{
    return (unsigned)k < RT_STMT__COUNT ? stmt_names[k] : "?";
}
const char *rt_ast_name_kind_name(rt_ast_name_kind k)
{
    return (unsigned)k < sizeof name_kinds / sizeof name_kinds[0] ? name_kinds[k] : "?";
}

/* ---- dump --------------------------------------------------------------- */

static void dump_str(FILE *out, rt_ast_str s)
{
    fputc('\'', out);
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.s[i];
        if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\\' || c == '\'')
            fprintf(out, "\\%c", c);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
    fputc('\'', out);
}

static void dump_res(FILE *out, rt_ast_name_res r)
{
    if (r.kind == RT_NAME_UNRESOLVED)
        return;
    fprintf(out, " %s", rt_ast_name_kind_name(r.kind));
    if (r.slot >= 0)
        fprintf(out, "#%d", r.slot);
}

static void dump_ctx(FILE *out, rt_ast_ctx c)
{
    if (c == RT_CTX_STORE)
        fputs(" store", out);
    else if (c == RT_CTX_DEL)
        fputs(" del", out);
}

static void dump_list(FILE *out, rt_ast_expr_list l)
{
    for (int i = 0; i < l.n; i++) {
        fputc(' ', out);
        rt_ast_dump_expr(out, l.v[i]);
    }
}

static void dump_arguments(FILE *out, const rt_ast_arguments *a)
{
    fputs("(args", out);
    int first_default = a->nargs - a->defaults.n;
    for (int i = 0; i < a->nargs; i++) {
        fprintf(out, " %s", a->args[i].name.s);
        dump_res(out, a->args[i].res);
        if (i >= first_default) {
            fputc('=', out);
            rt_ast_dump_expr(out, a->defaults.v[i - first_default]);
        }
    }
    if (a->vararg) {
        fprintf(out, " *%s", a->vararg->name.s);
        dump_res(out, a->vararg->res);
    } else if (a->nkwonly) {
        fputs(" *", out);
    }
    for (int i = 0; i < a->nkwonly; i++) {
        fprintf(out, " %s", a->kwonly[i].name.s);
        dump_res(out, a->kwonly[i].res);
        if (a->kw_defaults[i]) {
            fputc('=', out);
            rt_ast_dump_expr(out, a->kw_defaults[i]);
        }
    }
    if (a->kwarg) {
        fprintf(out, " **%s", a->kwarg->name.s);
        dump_res(out, a->kwarg->res);
    }
    fputc(')', out);
}

void rt_ast_dump_expr(FILE *out, const rt_ast_expr *e)
{
    if (!e) {
        fputs("None", out);
        return;
    }
    fprintf(out, "(%s", rt_ast_expr_kind_name(e->kind));
    switch (e->kind) {
    case RT_EXPR_BOOLOP:
        fprintf(out, " %s", rt_ast_boolop_symbol(e->u.boolop.op));
        dump_list(out, e->u.boolop.values);
        break;
    case RT_EXPR_BINOP:
        fprintf(out, " %s ", rt_ast_binop_symbol(e->u.binop.op));
        rt_ast_dump_expr(out, e->u.binop.left);
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.binop.right);
        break;
    case RT_EXPR_UNARYOP:
        fprintf(out, " %s ", rt_ast_unaryop_symbol(e->u.unaryop.op));
        rt_ast_dump_expr(out, e->u.unaryop.operand);
        break;
    case RT_EXPR_LAMBDA:
        fputc(' ', out);
        dump_arguments(out, e->u.lambda.args);
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.lambda.body);
        break;
    case RT_EXPR_IFEXP:
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.ifexp.test);
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.ifexp.body);
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.ifexp.orelse);
        break;
    case RT_EXPR_DICT:
        for (int i = 0; i < e->u.dict.values.n; i++) {
            fputc(' ', out);
            if (e->u.dict.keys.v[i]) {
                rt_ast_dump_expr(out, e->u.dict.keys.v[i]);
                fputc(':', out);
            } else {
                fputs("**", out);
            }
            rt_ast_dump_expr(out, e->u.dict.values.v[i]);
        }
        break;
    case RT_EXPR_SET: dump_list(out, e->u.set.elts); break;
    case RT_EXPR_LISTCOMP:
    case RT_EXPR_SETCOMP:
    case RT_EXPR_DICTCOMP:
    case RT_EXPR_GENERATOREXP:
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.comp.elt);
        if (e->kind == RT_EXPR_DICTCOMP) {
            fputc(':', out);
            rt_ast_dump_expr(out, e->u.comp.value);
        }
        for (int i = 0; i < e->u.comp.ngenerators; i++) {
            const rt_ast_comprehension *g = &e->u.comp.generators[i];
            fputs(" for ", out);
            rt_ast_dump_expr(out, g->target);
            fputs(" in ", out);
            rt_ast_dump_expr(out, g->iter);
            for (int j = 0; j < g->ifs.n; j++) {
                fputs(" if ", out);
                rt_ast_dump_expr(out, g->ifs.v[j]);
            }
        }
        break;
    case RT_EXPR_COMPARE:
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.compare.left);
        for (int i = 0; i < e->u.compare.comparators.n; i++) {
            fprintf(out, " %s ", rt_ast_cmpop_symbol(e->u.compare.ops[i]));
            rt_ast_dump_expr(out, e->u.compare.comparators.v[i]);
        }
        break;
    case RT_EXPR_CALL:
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.call.func);
        dump_list(out, e->u.call.args);
        for (int i = 0; i < e->u.call.nkeywords; i++) {
            const rt_ast_keyword *k = &e->u.call.keywords[i];
            if (k->arg.s)
                fprintf(out, " %s=", k->arg.s);
            else
                fputs(" **", out);
            rt_ast_dump_expr(out, k->value);
        }
        break;
    case RT_EXPR_FORMATTEDVALUE:
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.formattedvalue.value);
        if (e->u.formattedvalue.conversion >= 0)
            fprintf(out, " !%c", e->u.formattedvalue.conversion);
        if (e->u.formattedvalue.format_spec) {
            fputs(" :", out);
            rt_ast_dump_expr(out, e->u.formattedvalue.format_spec);
        }
        break;
    case RT_EXPR_JOINEDSTR: dump_list(out, e->u.joinedstr.values); break;
    case RT_EXPR_CONSTANT:
        fputc(' ', out);
        switch (e->u.constant.kind) {
        case RT_CONST_NONE: fputs("None", out); break;
        case RT_CONST_TRUE: fputs("True", out); break;
        case RT_CONST_FALSE: fputs("False", out); break;
        case RT_CONST_ELLIPSIS: fputs("...", out); break;
        case RT_CONST_INT: fprintf(out, "%lld", (long long)e->u.constant.i); break;
        case RT_CONST_BIGINT:
            fprintf(out, "big%d:%s", e->u.constant.base, e->u.constant.s.s);
            break;
        case RT_CONST_FLOAT: fprintf(out, "%.17g", e->u.constant.f); break;
        case RT_CONST_IMAG: fprintf(out, "%.17gj", e->u.constant.f); break;
        case RT_CONST_STR: dump_str(out, e->u.constant.s); break;
        case RT_CONST_BYTES:
            fputc('b', out);
            dump_str(out, e->u.constant.s);
            break;
        }
        break;
    case RT_EXPR_ATTRIBUTE:
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.attribute.value);
        fprintf(out, " %s", e->u.attribute.attr.s);
        dump_ctx(out, e->u.attribute.ctx);
        break;
    case RT_EXPR_SUBSCRIPT:
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.subscript.value);
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.subscript.slice);
        dump_ctx(out, e->u.subscript.ctx);
        break;
    case RT_EXPR_YIELD:
    case RT_EXPR_YIELDFROM:
        if (e->u.yield.value) {
            fputc(' ', out);
            rt_ast_dump_expr(out, e->u.yield.value);
        }
        break;
    case RT_EXPR_STARRED:
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.starred.value);
        dump_ctx(out, e->u.starred.ctx);
        break;
    case RT_EXPR_NAME:
        fprintf(out, " %s", e->u.name.id.s);
        dump_ctx(out, e->u.name.ctx);
        dump_res(out, e->u.name.res);
        break;
    case RT_EXPR_LIST:
    case RT_EXPR_TUPLE:
        dump_list(out, e->u.seq.elts);
        dump_ctx(out, e->u.seq.ctx);
        break;
    case RT_EXPR_SLICE:
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.slice.lower);
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.slice.upper);
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.slice.step);
        break;
    case RT_EXPR_NAMEDEXPR:
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.namedexpr.target);
        fputc(' ', out);
        rt_ast_dump_expr(out, e->u.namedexpr.value);
        break;
    case RT_EXPR__COUNT: break;
    }
    fputc(')', out);
}

static void dump_body(FILE *out, const char *label, rt_ast_stmt_list b, int indent)
{
    if (!b.n)
        return;
    if (label)
        fprintf(out, "%*s%s:\n", indent, "", label);
    for (int i = 0; i < b.n; i++)
        rt_ast_dump_stmt(out, b.v[i], indent + 2);
}

/* A pattern in the dump's one-line form: (MatchAs x), (MatchSequence ...), ... */
static void dump_pattern(FILE *out, const rt_ast_pattern *pt)
{
    static const char *const names[] = {"MatchValue",   "MatchSingleton", "MatchSequence",
                                        "MatchMapping", "MatchClass",     "MatchStar",
                                        "MatchAs",      "MatchOr"};
    fprintf(out, " (%s", names[pt->kind]);
    switch (pt->kind) {
    case RT_PAT_VALUE:
    case RT_PAT_SINGLETON:
        fputc(' ', out);
        rt_ast_dump_expr(out, pt->u.value);
        break;
    case RT_PAT_SEQUENCE:
    case RT_PAT_OR:
        for (int i = 0; i < pt->u.seq.n; i++)
            dump_pattern(out, pt->u.seq.v[i]);
        break;
    case RT_PAT_MAPPING:
        for (int i = 0; i < pt->u.mapping.n; i++) {
            fputc(' ', out);
            rt_ast_dump_expr(out, pt->u.mapping.keys[i]);
            dump_pattern(out, pt->u.mapping.values[i]);
        }
        if (pt->u.mapping.rest) {
            fputs(" **", out);
            rt_ast_dump_expr(out, pt->u.mapping.rest);
        }
        break;
    case RT_PAT_CLASS:
        fputc(' ', out);
        rt_ast_dump_expr(out, pt->u.cls.cls);
        for (int i = 0; i < pt->u.cls.nargs; i++)
            dump_pattern(out, pt->u.cls.args[i]);
        for (int i = 0; i < pt->u.cls.nkwd; i++) {
            fprintf(out, " %.*s=", (int)pt->u.cls.kwd_attrs[i].len, pt->u.cls.kwd_attrs[i].s);
            dump_pattern(out, pt->u.cls.kwd_patterns[i]);
        }
        break;
    case RT_PAT_STAR:
    case RT_PAT_AS:
        if (pt->u.as.pattern)
            dump_pattern(out, pt->u.as.pattern);
        if (pt->u.as.name) {
            fputc(' ', out);
            rt_ast_dump_expr(out, pt->u.as.name);
        }
        break;
    }
    fputc(')', out);
}

void rt_ast_dump_stmt(FILE *out, const rt_ast_stmt *s, int indent)
{
    fprintf(out, "%*s%s", indent, "", rt_ast_stmt_kind_name(s->kind));
    switch (s->kind) {
    case RT_STMT_FUNCTIONDEF:
        fprintf(out, " %s", s->u.functiondef.name.s);
        dump_res(out, s->u.functiondef.res);
        fputc(' ', out);
        dump_arguments(out, s->u.functiondef.args);
        for (int i = 0; i < s->u.functiondef.decorators.n; i++) {
            fputs(" @", out);
            rt_ast_dump_expr(out, s->u.functiondef.decorators.v[i]);
        }
        fputc('\n', out);
        dump_body(out, NULL, s->u.functiondef.body, indent);
        return;
    case RT_STMT_CLASSDEF:
        fprintf(out, " %s", s->u.classdef.name.s);
        dump_res(out, s->u.classdef.res);
        dump_list(out, s->u.classdef.bases);
        fputc('\n', out);
        dump_body(out, NULL, s->u.classdef.body, indent);
        return;
    case RT_STMT_WITH:
        for (int i = 0; i < s->u.with.nitems; i++) {
            fputc(' ', out);
            rt_ast_dump_expr(out, s->u.with.items[i].context_expr);
            if (s->u.with.items[i].optional_vars) {
                fputs(" as ", out);
                rt_ast_dump_expr(out, s->u.with.items[i].optional_vars);
            }
        }
        fputc('\n', out);
        dump_body(out, NULL, s->u.with.body, indent);
        return;
    case RT_STMT_MATCH:
        fputc(' ', out);
        rt_ast_dump_expr(out, s->u.match.subject);
        fputc('\n', out);
        for (int i = 0; i < s->u.match.ncases; i++) {
            const rt_ast_match_case *c = &s->u.match.cases[i];
            fprintf(out, "%*scase", indent + 2, "");
            dump_pattern(out, c->pattern);
            if (c->guard) {
                fputs(" if ", out);
                rt_ast_dump_expr(out, c->guard);
            }
            fputc('\n', out);
            dump_body(out, NULL, c->body, indent + 2);
        }
        return;
    case RT_STMT_ANNASSIGN:
        fputc(' ', out);
        rt_ast_dump_expr(out, s->u.annassign.target);
        fputs(": ", out);
        rt_ast_dump_expr(out, s->u.annassign.annotation);
        if (s->u.annassign.value) {
            fputs(" = ", out);
            rt_ast_dump_expr(out, s->u.annassign.value);
        }
        break;
    case RT_STMT_RETURN:
        if (s->u.return_.value) {
            fputc(' ', out);
            rt_ast_dump_expr(out, s->u.return_.value);
        }
        break;
    case RT_STMT_DELETE: dump_list(out, s->u.delete_.targets); break;
    case RT_STMT_ASSIGN:
        dump_list(out, s->u.assign.targets);
        fputs(" = ", out);
        rt_ast_dump_expr(out, s->u.assign.value);
        break;
    case RT_STMT_AUGASSIGN:
        fputc(' ', out);
        rt_ast_dump_expr(out, s->u.augassign.target);
        fprintf(out, " %s= ", rt_ast_binop_symbol(s->u.augassign.op));
        rt_ast_dump_expr(out, s->u.augassign.value);
        break;
    case RT_STMT_FOR:
        fputc(' ', out);
        rt_ast_dump_expr(out, s->u.for_.target);
        fputs(" in ", out);
        rt_ast_dump_expr(out, s->u.for_.iter);
        fputc('\n', out);
        dump_body(out, NULL, s->u.for_.body, indent);
        dump_body(out, "else", s->u.for_.orelse, indent);
        return;
    case RT_STMT_WHILE:
    case RT_STMT_IF:
        fputc(' ', out);
        rt_ast_dump_expr(out, s->u.if_.test);
        fputc('\n', out);
        dump_body(out, NULL, s->u.if_.body, indent);
        dump_body(out, "else", s->u.if_.orelse, indent);
        return;
    case RT_STMT_RAISE:
        if (s->u.raise.exc) {
            fputc(' ', out);
            rt_ast_dump_expr(out, s->u.raise.exc);
        }
        if (s->u.raise.cause) {
            fputs(" from ", out);
            rt_ast_dump_expr(out, s->u.raise.cause);
        }
        break;
    case RT_STMT_TRY:
        fputc('\n', out);
        dump_body(out, NULL, s->u.try_.body, indent);
        for (int i = 0; i < s->u.try_.nhandlers; i++) {
            const rt_ast_excepthandler *h = &s->u.try_.handlers[i];
            fprintf(out, "%*sexcept", indent, "");
            if (h->type) {
                fputc(' ', out);
                rt_ast_dump_expr(out, h->type);
            }
            if (h->name.s) {
                fprintf(out, " as %s", h->name.s);
                dump_res(out, h->res);
            }
            fputs(":\n", out);
            dump_body(out, NULL, h->body, indent);
        }
        dump_body(out, "else", s->u.try_.orelse, indent);
        dump_body(out, "finally", s->u.try_.finalbody, indent);
        return;
    case RT_STMT_ASSERT:
        fputc(' ', out);
        rt_ast_dump_expr(out, s->u.assert_.test);
        if (s->u.assert_.msg) {
            fputc(' ', out);
            rt_ast_dump_expr(out, s->u.assert_.msg);
        }
        break;
    case RT_STMT_IMPORT:
    case RT_STMT_IMPORTFROM: {
        const rt_ast_alias *names =
            s->kind == RT_STMT_IMPORT ? s->u.import.names : s->u.importfrom.names;
        int n = s->kind == RT_STMT_IMPORT ? s->u.import.nnames : s->u.importfrom.nnames;
        if (s->kind == RT_STMT_IMPORTFROM)
            fprintf(out, " %s:", s->u.importfrom.module.s ? s->u.importfrom.module.s : "");
        for (int i = 0; i < n; i++) {
            fprintf(out, " %s", names[i].name.s);
            if (names[i].asname.s)
                fprintf(out, " as %s", names[i].asname.s);
            dump_res(out, names[i].res);
        }
        break;
    }
    case RT_STMT_GLOBAL:
    case RT_STMT_NONLOCAL:
        for (int i = 0; i < s->u.global.nnames; i++)
            fprintf(out, " %s", s->u.global.names[i].s);
        break;
    case RT_STMT_EXPR:
        fputc(' ', out);
        rt_ast_dump_expr(out, s->u.expr.value);
        break;
    case RT_STMT_PASS:
    case RT_STMT_BREAK:
    case RT_STMT_CONTINUE:
    case RT_STMT__COUNT: break;
    }
    fputc('\n', out);
}

void rt_ast_dump(FILE *out, const rt_ast_module *m)
{
    fputs("Module\n", out);
    for (int i = 0; i < m->body.n; i++)
        rt_ast_dump_stmt(out, m->body.v[i], 2);
}

static void dump_names(FILE *out, const char *label, const rt_ast_str *v, int n)
{
    fprintf(out, " %s=(", label);
    for (int i = 0; i < n; i++)
        fprintf(out, "%s%s", i ? "," : "", v[i].s);
    fputc(')', out);
}

void rt_ast_dump_scope(FILE *out, const rt_ast_scope *sc, int indent)
{
    fprintf(out, "%*s%s", indent, "", sc->qualname.s);
    dump_names(out, "varnames", sc->varnames, sc->nvarnames);
    dump_names(out, "cellvars", sc->cellvars, sc->ncellvars);
    dump_names(out, "freevars", sc->freevars, sc->nfreevars);
    fputc('\n', out);
    for (int i = 0; i < sc->nchildren; i++)
        rt_ast_dump_scope(out, sc->children[i], indent + 2);
}
