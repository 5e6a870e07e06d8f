/* compile_match.c: the compiler's match statement (PEP 634).
 *
 * The subject is evaluated once; each case gets a copy (the last case the
 * subject itself). A pattern consumes the value on top of the stack and
 * either falls through (matched) or jumps to a failure label. Failure can
 * happen with values of the pattern's own still on the stack (the items of a
 * sequence not matched yet, the original under an `as` or `|`); a failure
 * context keeps one label per such depth, and its end is a chain
 * `L[n]: POP_TOP ... L[1]: POP_TOP; L[0]:` so that every failure arrives at
 * L[0] with the stack as it was before the pattern (CPython's fail_pop).
 *
 * Sequence, mapping and class patterns ask the VM once (MATCH_SEQUENCE,
 * MATCH_MAPPING, MATCH_CLASS: match.h) for a tuple of the values their
 * sub-patterns match, or None, and unpack it.
 *
 * Captures bind only when the whole pattern matched, as CPython's: a
 * captured value stays on the stack, moved down (ROT_N) under the values
 * still to be matched into the context's capture region, and the case
 * stores the region once its pattern matched (before its guard, which may
 * read them). Failure pops captured values like any other. The
 * alternatives of an or-pattern bind the same names in any order; each
 * one's captures are put in the first alternative's order on the way into
 * the enclosing region. */
#include "runtime/compile_unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/match.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define MAX_FAIL_POPS 256
#define MAX_CAPTURES 256

/* One failure context: where failure goes, by how many values to drop, and
 * the values captured so far (the bottom `ncap` of the `on_top`). */
typedef struct fail_ctx {
    int labels[MAX_FAIL_POPS]; /* labels[k]: pop k values, then fail; -1 = not made yet */
    int max;                   /* highest k used */
    int on_top;                /* values of the pattern now above the context's base */
    int ncap;                  /* captured values, right above the base, in caps' order */
    const rt_ast_expr *caps[MAX_CAPTURES];
} fail_ctx;

static void ctx_init(fail_ctx *c)
{
    for (int i = 0; i < MAX_FAIL_POPS; i++)
        c->labels[i] = -1;
    c->max = 0;
    c->on_top = 0;
    c->ncap = 0;
}

/* Jumps to the context's failure with `extra` more values than on_top on
 * the stack, after a conditional jump instruction `op` (or JUMP). */
static void fail_jump(cunit *u, fail_ctx *c, rt_opcode op, int extra)
{
    int k = c->on_top + extra;
    if (k >= MAX_FAIL_POPS) {
        rt__c_syntax_error(u, u->line, 0, "too many sub-patterns in pattern");
        return;
    }
    if (c->labels[k] < 0)
        c->labels[k] = rt__c_new_label(u);
    if (k > c->max)
        c->max = k;
    rt__c_emit_jump(u, op, c->labels[k]);
}

/* The failure chain: after it the stack is the context's base. */
static void ctx_finish(cunit *u, fail_ctx *c)
{
    bool reached = false; /* a failure with this many values or more jumps here */
    for (int k = c->max; k >= 1; k--) {
        if (c->labels[k] >= 0) {
            rt__c_bind_label(u, c->labels[k]);
            reached = true;
        }
        if (reached)
            rt__c_emit(u, RT_OP_POP_TOP, 0);
    }
    if (c->labels[0] >= 0)
        rt__c_bind_label(u, c->labels[0]);
}

/* TOS matched a capture (name) or the wildcard (NULL): the value joins the
 * capture region, under the values of the pattern still to be matched. */
static void capture(cunit *u, fail_ctx *c, const rt_ast_expr *name)
{
    if (!name) {
        rt__c_emit(u, RT_OP_POP_TOP, 0); /* the wildcard */
        return;
    }
    if (c->ncap == MAX_CAPTURES) {
        rt__c_syntax_error(u, name->pos.line, name->pos.col, "too many names bound in pattern");
        return;
    }
    int above = c->on_top - c->ncap;
    if (above > 0)
        rt__c_emit(u, RT_OP_ROT_N, (uint32_t)above + 1);
    c->caps[c->ncap++] = name;
    c->on_top++;
}

/* Stores the capture region (the context's values are its captures only). */
static void store_captures(cunit *u, fail_ctx *c)
{
    for (int k = c->ncap; k-- > 0;)
        rt__c_name_op(u, c->caps[k]->u.name.id, c->caps[k]->u.name.res, RT_CTX_STORE);
    c->on_top -= c->ncap;
    c->ncap = 0;
}

/* ---- names a pattern binds (for CPython's compile-time checks) ---------- */

typedef struct names {
    rt_ast_str v[64];
    int n;
    bool overflow;
} names;

static bool names_has(const names *ns, rt_ast_str s)
{
    for (int i = 0; i < ns->n; i++)
        if (ns->v[i].len == s.len && memcmp(ns->v[i].s, s.s, s.len) == 0)
            return true;
    return false;
}

/* Adds the captures of pt; false (after the SyntaxError) on a name bound twice. */
static bool collect(cunit *u, const rt_ast_pattern *pt, names *ns)
{
    const rt_ast_expr *name = NULL;
    switch (pt->kind) {
    case RT_PAT_VALUE:
    case RT_PAT_SINGLETON: return true;
    case RT_PAT_SEQUENCE:
        for (int i = 0; i < pt->u.seq.n; i++)
            if (!collect(u, pt->u.seq.v[i], ns))
                return false;
        return true;
    case RT_PAT_OR: return pt->u.seq.n == 0 || collect(u, pt->u.seq.v[0], ns);
    case RT_PAT_MAPPING:
        for (int i = 0; i < pt->u.mapping.n; i++)
            if (!collect(u, pt->u.mapping.values[i], ns))
                return false;
        name = pt->u.mapping.rest;
        break;
    case RT_PAT_CLASS:
        for (int i = 0; i < pt->u.cls.nargs; i++)
            if (!collect(u, pt->u.cls.args[i], ns))
                return false;
        for (int i = 0; i < pt->u.cls.nkwd; i++)
            if (!collect(u, pt->u.cls.kwd_patterns[i], ns))
                return false;
        return true;
    case RT_PAT_STAR:
    case RT_PAT_AS:
        if (pt->u.as.pattern && !collect(u, pt->u.as.pattern, ns))
            return false;
        name = pt->u.as.name;
        break;
    }
    if (!name)
        return true;
    rt_ast_str id = name->u.name.id;
    if (names_has(ns, id)) {
        char msg[160];
        snprintf(msg, sizeof msg, "multiple assignments to name '%.*s' in pattern", (int)id.len,
                 id.s);
        rt__c_syntax_error(u, name->pos.line, name->pos.col, msg);
        return false;
    }
    if (ns->n < (int)(sizeof ns->v / sizeof ns->v[0]))
        ns->v[ns->n++] = id;
    else
        ns->overflow = true;
    return true;
}

/* ---- patterns --------------------------------------------------------------- */

static void pattern(cunit *u, const rt_ast_pattern *pt, fail_ctx *c);

/* The tuple or None a MATCH_* instruction left: None fails, a tuple of n
 * values is unpacked and each value matched by its sub-pattern in order. */
static void match_items(cunit *u, fail_ctx *c, const rt_ast_pattern *const *subs, int n)
{
    rt__c_emit(u, RT_OP_DUP_TOP, 0);
    rt__c_load_none(u);
    rt__c_emit(u, RT_OP_IS_OP, 0);
    fail_jump(u, c, RT_OP_POP_JUMP_IF_TRUE, 1);
    rt__c_emit(u, RT_OP_UNPACK_SEQUENCE, (uint32_t)n);
    c->on_top += n;
    for (int i = 0; i < n; i++) {
        c->on_top--; /* the sub-pattern consumes its value */
        pattern(u, subs[i], c);
    }
}

static void sequence_pattern(cunit *u, const rt_ast_pattern *pt, fail_ctx *c)
{
    int n = pt->u.seq.n, star = -1;
    for (int i = 0; i < n; i++) {
        if (pt->u.seq.v[i]->kind != RT_PAT_STAR)
            continue;
        if (star >= 0) {
            rt__c_syntax_error(u, pt->pos.line, pt->pos.col,
                               "multiple starred names in sequence pattern");
            return;
        }
        star = i;
    }
    if (n >= RT_MATCH_SEQ_MAX) {
        rt__c_syntax_error(u, pt->pos.line, pt->pos.col, "too many sub-patterns in pattern");
        return;
    }
    rt__c_emit(u, RT_OP_MATCH_SEQUENCE, rt_match_seq_arg(n, star));
    match_items(u, c, (const rt_ast_pattern *const *)pt->u.seq.v, n);
}

static void mapping_pattern(cunit *u, const rt_ast_pattern *pt, fail_ctx *c)
{
    int n = pt->u.mapping.n;
    for (int i = 0; i < n; i++)
        rt__c_expr(u, pt->u.mapping.keys[i]);
    rt__c_emit(u, RT_OP_BUILD_TUPLE, (uint32_t)n);
    bool rest = pt->u.mapping.rest != NULL;
    rt__c_emit(u, RT_OP_MATCH_MAPPING, rest);
    /* the values, then the rest's dict when there is a **rest */
    const rt_ast_pattern *subs[RT_MATCH_SEQ_MAX + 1];
    if (n >= RT_MATCH_SEQ_MAX) {
        rt__c_syntax_error(u, pt->pos.line, pt->pos.col, "too many sub-patterns in pattern");
        return;
    }
    for (int i = 0; i < n; i++)
        subs[i] = pt->u.mapping.values[i];
    rt_ast_pattern rest_capture;
    if (rest) {
        memset(&rest_capture, 0, sizeof rest_capture);
        rest_capture.kind = RT_PAT_AS;
        rest_capture.pos = pt->u.mapping.rest->pos;
        rest_capture.u.as.name = pt->u.mapping.rest;
        subs[n] = &rest_capture;
    }
    match_items(u, c, subs, n + rest);
}

static void class_pattern(cunit *u, const rt_ast_pattern *pt, fail_ctx *c)
{
    int nargs = pt->u.cls.nargs, nkwd = pt->u.cls.nkwd;
    if (nargs + nkwd >= RT_MATCH_SEQ_MAX) {
        rt__c_syntax_error(u, pt->pos.line, pt->pos.col, "too many sub-patterns in pattern");
        return;
    }
    for (int i = 0; i < nkwd; i++) {
        rt_ast_str a = pt->u.cls.kwd_attrs[i];
        for (int j = 0; j < i; j++) {
            if (pt->u.cls.kwd_attrs[j].len == a.len &&
                !memcmp(pt->u.cls.kwd_attrs[j].s, a.s, a.len)) {
                char msg[160];
                snprintf(msg, sizeof msg, "attribute name repeated in class pattern: %.*s",
                         (int)a.len, a.s);
                const rt_ast_pattern *kp = pt->u.cls.kwd_patterns[i];
                rt__c_syntax_error(u, kp->pos.line, kp->pos.col, msg);
                return;
            }
        }
    }
    rt__c_expr(u, pt->u.cls.cls);
    rt_value kw = rt_tuple_new(u->rt, nkwd);
    if (!kw) {
        *u->failed = true;
        return;
    }
    for (int i = 0; i < nkwd; i++) {
        rt_value s = rt__c_str_of(u, pt->u.cls.kwd_attrs[i]);
        if (!s) {
            *u->failed = true;
            rt_decref(u->rt, kw);
            return;
        }
        rt_tuple_set_steal(kw, i, s);
    }
    rt__c_load_const(u, kw);
    rt__c_emit(u, RT_OP_MATCH_CLASS, (uint32_t)nargs);
    const rt_ast_pattern *subs[RT_MATCH_SEQ_MAX];
    for (int i = 0; i < nargs; i++)
        subs[i] = pt->u.cls.args[i];
    for (int i = 0; i < nkwd; i++)
        subs[nargs + i] = pt->u.cls.kwd_patterns[i];
    match_items(u, c, subs, nargs + nkwd);
}

/* A pattern that matches everything: a capture, `_`, or an or-pattern with one. */
static bool irrefutable(const rt_ast_pattern *pt)
{
    if (pt->kind == RT_PAT_AS)
        return !pt->u.as.pattern || irrefutable(pt->u.as.pattern);
    if (pt->kind == RT_PAT_OR)
        for (int i = 0; i < pt->u.seq.n; i++)
            if (irrefutable(pt->u.seq.v[i]))
                return true;
    return false;
}

/* CPython's error for an irrefutable pattern with more after it. */
static void unreachable_error(cunit *u, const rt_ast_pattern *pt)
{
    for (;;) {
        if (pt->kind == RT_PAT_AS && pt->u.as.pattern) {
            pt = pt->u.as.pattern;
        } else if (pt->kind == RT_PAT_OR) {
            int i = 0; /* the first irrefutable alternative is the one named */
            while (i < pt->u.seq.n - 1 && !irrefutable(pt->u.seq.v[i]))
                i++;
            pt = pt->u.seq.v[i];
        } else {
            break;
        }
    }
    char msg[200];
    if (pt->kind == RT_PAT_AS && pt->u.as.name)
        snprintf(msg, sizeof msg, "name capture '%.*s' makes remaining patterns unreachable",
                 (int)pt->u.as.name->u.name.id.len, pt->u.as.name->u.name.id.s);
    else
        snprintf(msg, sizeof msg, "wildcard makes remaining patterns unreachable");
    rt__c_syntax_error(u, pt->pos.line, pt->pos.col, msg);
}

static int rank_of(const names *want, rt_ast_str x)
{
    for (int i = 0; i < want->n; i++)
        if (want->v[i].len == x.len && memcmp(want->v[i].s, x.s, x.len) == 0)
            return i;
    return want->n;
}

/* An alternative matched with its captures on top, in its own order (alt's
 * caps): they go under the `above` values of the enclosing pattern still
 * to be matched, in the order `want`. Insertion: m times, the top value goes
 * down to its place among the values already moved (ROT_N). */
static void merge_captures(cunit *u, int above, const fail_ctx *alt, const names *want)
{
    int placed[MAX_CAPTURES]; /* ranks in `want` of the values moved so far, bottom first */
    int nplaced = 0;
    for (int k = alt->ncap - 1; k >= 0; k--) {
        int r = rank_of(want, alt->caps[k]->u.name.id);
        int q = 0; /* moved values that come after it: they stay above it */
        for (int i = 0; i < nplaced; i++)
            q += placed[i] > r;
        uint32_t depth = (uint32_t)(k + above + q + 1);
        if (depth > 1)
            rt__c_emit(u, RT_OP_ROT_N, depth);
        int at = nplaced - q;
        memmove(&placed[at + 1], &placed[at], (size_t)(nplaced - at) * sizeof placed[0]);
        placed[at] = r;
        nplaced++;
    }
}

static void or_pattern(cunit *u, const rt_ast_pattern *pt, fail_ctx *c)
{
    for (int i = 0; i < pt->u.seq.n - 1; i++) {
        if (irrefutable(pt->u.seq.v[i])) {
            unreachable_error(u, pt->u.seq.v[i]);
            return;
        }
    }
    /* every alternative binds the same names (CPython's check); the first's order is the one */
    names first = {.n = 0};
    if (!collect(u, pt->u.seq.v[0], &first))
        return;
    for (int i = 1; i < pt->u.seq.n; i++) {
        names other = {.n = 0};
        if (!collect(u, pt->u.seq.v[i], &other))
            return;
        bool same = other.n == first.n;
        for (int k = 0; k < other.n && same; k++)
            same = names_has(&first, other.v[k]);
        if (!same) {
            rt__c_syntax_error(u, pt->u.seq.v[i]->pos.line, pt->u.seq.v[i]->pos.col,
                               "alternative patterns bind different names");
            return;
        }
    }
    if (first.overflow || c->ncap + first.n > MAX_CAPTURES) {
        rt__c_syntax_error(u, pt->pos.line, pt->pos.col, "too many names bound in pattern");
        return;
    }
    fail_ctx *alt = malloc(sizeof *alt);
    if (!alt) {
        rt_raise(u->rt, RT_EXC_MemoryError, "out of memory");
        *u->failed = true;
        return;
    }
    const rt_ast_expr *names_in_order[MAX_CAPTURES]; /* the first alternative's, by `first` */
    int matched = rt__c_new_label(u);
    int n = pt->u.seq.n, above = c->on_top - c->ncap;
    for (int i = 0; i < n && !*u->failed; i++) {
        bool last = i == n - 1;
        /* [.., value]: every alternative but the last tries a copy, so that the
         * next finds the value again; the last consumes it */
        if (!last)
            rt__c_emit(u, RT_OP_DUP_TOP, 0);
        ctx_init(alt);
        pattern(u, pt->u.seq.v[i], alt);
        if (*u->failed)
            break;
        if (i == 0)
            for (int k = 0; k < alt->ncap; k++)
                names_in_order[rank_of(&first, alt->caps[k]->u.name.id)] = alt->caps[k];
        if (!last) {
            /* the original is under the alternative's captures: rotate it up and drop it */
            for (int k = 0; k < alt->ncap; k++)
                rt__c_emit(u, RT_OP_ROT_N, (uint32_t)alt->ncap + 1);
            rt__c_emit(u, RT_OP_POP_TOP, 0);
        }
        merge_captures(u, above, alt, &first);
        rt__c_emit_jump(u, RT_OP_JUMP, matched);
        ctx_finish(u, alt);
        if (last)
            fail_jump(u, c, RT_OP_JUMP, 0);
    }
    free(alt);
    rt__c_bind_label(u, matched);
    /* on every path to `matched` the same names joined the region, in `first`'s order */
    for (int i = 0; i < first.n; i++)
        c->caps[c->ncap++] = names_in_order[i];
    c->on_top += first.n;
}

static void pattern(cunit *u, const rt_ast_pattern *pt, fail_ctx *c)
{
    if (*u->failed || rt__c_stack_exhausted(u))
        return;
    switch (pt->kind) {
    case RT_PAT_VALUE:
        rt__c_expr(u, pt->u.value);
        rt__c_emit(u, RT_OP_COMPARE_OP, RT_CMP_EQ);
        fail_jump(u, c, RT_OP_POP_JUMP_IF_FALSE, 0);
        break;
    case RT_PAT_SINGLETON:
        rt__c_expr(u, pt->u.value);
        rt__c_emit(u, RT_OP_IS_OP, 0);
        fail_jump(u, c, RT_OP_POP_JUMP_IF_FALSE, 0);
        break;
    case RT_PAT_SEQUENCE: sequence_pattern(u, pt, c); break;
    case RT_PAT_MAPPING: mapping_pattern(u, pt, c); break;
    case RT_PAT_CLASS: class_pattern(u, pt, c); break;
    case RT_PAT_STAR: capture(u, c, pt->u.as.name); break;
    case RT_PAT_AS:
        if (pt->u.as.pattern) {
            rt__c_emit(u, RT_OP_DUP_TOP, 0);
            c->on_top++;
            pattern(u, pt->u.as.pattern, c);
            c->on_top--;
        }
        capture(u, c, pt->u.as.name);
        break;
    case RT_PAT_OR: or_pattern(u, pt, c); break;
    }
}

void rt__c_match_stmt(cunit *u, const rt_ast_stmt *s)
{
    int n = s->u.match.ncases;
    /* CPython's check: an irrefutable case before the last hides the rest */
    for (int i = 0; i < n - 1; i++) {
        const rt_ast_match_case *mc = &s->u.match.cases[i];
        if (mc->guard || !irrefutable(mc->pattern))
            continue;
        unreachable_error(u, mc->pattern);
        return;
    }
    for (int i = 0; i < n; i++) {
        names ns = {.n = 0};
        if (!collect(u, s->u.match.cases[i].pattern, &ns))
            return;
    }
    int end = rt__c_new_label(u);
    rt__c_expr(u, s->u.match.subject);
    for (int i = 0; i < n; i++) {
        const rt_ast_match_case *mc = &s->u.match.cases[i];
        bool last = i == n - 1;
        u->line = mc->pattern->pos.line;
        if (!last)
            rt__c_emit(u, RT_OP_DUP_TOP, 0);
        fail_ctx *c = malloc(sizeof *c);
        if (!c) {
            rt_raise(u->rt, RT_EXC_MemoryError, "out of memory");
            *u->failed = true;
            return;
        }
        ctx_init(c);
        pattern(u, mc->pattern, c);
        store_captures(u, c); /* bound once the whole pattern matched, before the guard */
        if (mc->guard) {
            int pass = rt__c_new_label(u);
            rt__c_jump_if(u, mc->guard, true, pass);
            fail_jump(u, c, RT_OP_JUMP, 0);
            rt__c_bind_label(u, pass);
        }
        if (!last)
            rt__c_emit(u, RT_OP_POP_TOP, 0); /* the subject */
        rt__c_stmts(u, &mc->body);
        rt__c_emit_jump(u, RT_OP_JUMP, end);
        ctx_finish(u, c);
        free(c);
    }
    rt__c_bind_label(u, end); /* after the last case's failure chain the stack is empty again */
}
