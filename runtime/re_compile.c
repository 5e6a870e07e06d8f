/* re_compile.c: the tree of re_parse.c into the matcher's program (re.h's
 * instructions): one walk emitting words, with the widths CPython checks
 * (a look-behind must be of fixed width) and the literal prefix the search
 * loop skips ahead with.
 *
 * Repeats: a one-character item (a literal, '.', a set) repeated is one
 * REP1 instruction, which the matcher runs as a loop with one backtrack
 * entry for all its positions; "x?" is a SPLIT; any other repeat is a
 * counted loop (REP_INIT, REP_LOOP) whose counter the matcher saves on its
 * backtrack stack, so {m,n} costs no copies of the body whatever m and n. */
#include <stdio.h>
#include <string.h>

#include "runtime/re.h"
#include "runtime/state.h"

typedef struct compiler {
    rt_state *rt;
    rt_re_tree *t;
    rt_re_error *err;
    uint32_t *code;
    size_t len, cap;
    int bad; /* 1: pattern error; -1: exception */
    /* the width of each group once compiled (for back references) */
    uint64_t *gmin, *gmax;
} compiler;

static size_t emit(compiler *c, uint32_t w)
{
    if (c->bad)
        return 0;
    if (c->len == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        if (cap > ((size_t)1 << 28)) {
            c->bad = -1;
            rt_raise(c->rt, RT_EXC_MemoryError, "%s", "");
            return 0;
        }
        uint32_t *n = rt_heap_resize(c->rt, NULL, c->code, c->cap * 4, cap * 4);
        if (!n) {
            c->bad = -1;
            return 0;
        }
        c->code = n;
        c->cap = cap;
    }
    c->code[c->len] = w;
    return c->len++;
}

static void patch(compiler *c, size_t at, size_t target)
{
    if (!c->bad)
        c->code[at] = (uint32_t)target;
}

static const rt_re_node *node(const compiler *c, int32_t i)
{
    return &c->t->nodes[i];
}

/* ---- widths ---------------------------------------------------------------------- */

static uint64_t sat_add(uint64_t a, uint64_t b)
{
    uint64_t s = a + b;
    return s > RT_RE_MAXREPEAT ? RT_RE_MAXREPEAT : s;
}
static uint64_t sat_mul(uint64_t a, uint64_t b)
{
    if (a && b > RT_RE_MAXREPEAT / a)
        return RT_RE_MAXREPEAT;
    uint64_t m = a * b;
    return m > RT_RE_MAXREPEAT ? RT_RE_MAXREPEAT : m;
}

/* The least and greatest number of characters node i matches
 * (RT_RE_MAXREPEAT: unbounded). */
static void width(const compiler *c, int32_t i, uint64_t *lo, uint64_t *hi)
{
    const rt_re_node *n = node(c, i);
    uint64_t a, b;
    switch ((rt_re_kind)n->kind) {
    case RE_N_CHAR:
    case RE_N_ANY:
    case RE_N_SET: *lo = *hi = 1; return;
    case RE_N_EMPTY:
    case RE_N_AT:
    case RE_N_LOOK: *lo = *hi = 0; return;
    case RE_N_CAT:
        *lo = *hi = 0;
        for (int32_t k = n->child; k >= 0; k = node(c, k)->next) {
            width(c, k, &a, &b);
            *lo = sat_add(*lo, a);
            *hi = sat_add(*hi, b);
        }
        return;
    case RE_N_ALT:
    case RE_N_COND:
        *lo = RT_RE_MAXREPEAT;
        *hi = 0;
        for (int32_t k = n->child; k >= 0; k = node(c, k)->next) {
            width(c, k, &a, &b);
            *lo = a < *lo ? a : *lo;
            *hi = b > *hi ? b : *hi;
        }
        if (n->kind == RE_N_ALT || n->child >= 0)
            return;
        *lo = *hi = 0;
        return;
    case RE_N_GROUP:
    case RE_N_ATOMIC: width(c, n->child, lo, hi); return;
    case RE_N_REPEAT:
        width(c, n->child, &a, &b);
        *lo = sat_mul(a, n->a);
        *hi = sat_mul(b, n->b);
        return;
    case RE_N_BACKREF:
        *lo = c->gmin[n->a];
        *hi = c->gmax[n->a];
        return;
    }
    *lo = *hi = 0;
}

/* ---- emitting -------------------------------------------------------------------- */

static bool is_single(const rt_re_node *n)
{
    return n->kind == RE_N_CHAR || n->kind == RE_N_ANY || n->kind == RE_N_SET;
}

static void emit_node(compiler *c, int32_t i);

static void emit_char(compiler *c, const rt_re_node *n)
{
    uint32_t ch = n->a;
    bool ascii = (n->flags & RE_F_ASCII) != 0;
    if ((n->flags & RE_F_ICASE) &&
        (rt__re_lower(ch, ascii) != ch || rt__re_upper(ch, ascii) != ch ||
         rt__re_fold(ch, ascii) != ch)) {
        emit(c, ascii ? RE_OP_CHAR_IA : RE_OP_CHAR_I);
    } else {
        emit(c, RE_OP_CHAR);
    }
    emit(c, ch);
}

static void emit_single(compiler *c, const rt_re_node *n)
{
    if (n->kind == RE_N_CHAR) {
        emit_char(c, n);
    } else if (n->kind == RE_N_ANY) {
        emit(c, (n->flags & RE_F_DOTALL) ? RE_OP_ANY_ALL : RE_OP_ANY);
    } else {
        emit(c, RE_OP_SET);
        emit(c, n->flags & (RE_F_NEG | RE_F_ICASE | RE_F_ASCII));
        emit(c, n->b);
        for (uint32_t k = 0; k < n->b; k++) {
            emit(c, c->t->items[n->a + k].lo);
            emit(c, c->t->items[n->a + k].hi);
        }
    }
}

static void emit_repeat(compiler *c, const rt_re_node *n)
{
    const rt_re_node *item = node(c, n->child);
    uint32_t rfl = n->flags & (RE_F_LAZY | RE_F_POSSESSIVE);
    if (is_single(item)) {
        emit(c, RE_OP_REP1);
        emit(c, n->a);
        emit(c, n->b);
        emit(c, rfl);
        size_t lenat = emit(c, 0);
        size_t start = c->len;
        emit_single(c, item);
        patch(c, lenat, c->len - start);
        return;
    }
    size_t atomic_at = 0;
    if (rfl & RE_F_POSSESSIVE) {
        emit(c, RE_OP_ATOMIC);
        atomic_at = emit(c, 0);
    }
    if (n->a == 0 && n->b == 1) {
        /* x? : a SPLIT, body first unless lazy */
        emit(c, RE_OP_SPLIT);
        size_t x = emit(c, 0), y = emit(c, 0);
        size_t body = c->len;
        emit_node(c, n->child);
        size_t end = c->len;
        if (rfl & RE_F_LAZY) {
            patch(c, x, end);
            patch(c, y, body);
        } else {
            patch(c, x, body);
            patch(c, y, end);
        }
    } else {
        uint32_t k = c->t->nloops++;
        emit(c, RE_OP_REP_INIT);
        emit(c, k);
        size_t loop = emit(c, RE_OP_REP_LOOP);
        emit(c, k);
        emit(c, n->a);
        emit(c, n->b);
        emit(c, rfl & RE_F_LAZY);
        size_t exit_at = emit(c, 0);
        emit_node(c, n->child);
        emit(c, RE_OP_JMP);
        emit(c, (uint32_t)loop);
        patch(c, exit_at, c->len);
    }
    if (rfl & RE_F_POSSESSIVE) {
        emit(c, RE_OP_MATCH);
        patch(c, atomic_at, c->len);
    }
}

static void emit_node(compiler *c, int32_t i)
{
    if (c->bad)
        return;
    const rt_re_node *n = node(c, i);
    switch ((rt_re_kind)n->kind) {
    case RE_N_EMPTY: return;
    case RE_N_CHAR:
    case RE_N_ANY:
    case RE_N_SET: emit_single(c, n); return;
    case RE_N_AT:
        emit(c, RE_OP_AT);
        emit(c, n->a);
        emit(c, n->flags & RE_F_ASCII);
        return;
    case RE_N_CAT:
        for (int32_t k = n->child; k >= 0; k = node(c, k)->next)
            emit_node(c, k);
        return;
    case RE_N_ALT: {
        /* SPLIT a1, next; a1; JMP end; next: SPLIT a2, next2; ... an; end: */
        size_t jumps_head = 0; /* a chain of JMP operands to patch, linked through them */
        bool have_jumps = false;
        for (int32_t k = n->child; k >= 0; k = node(c, k)->next) {
            if (node(c, k)->next < 0) {
                emit_node(c, k);
                break;
            }
            emit(c, RE_OP_SPLIT);
            size_t x = emit(c, 0), y = emit(c, 0);
            patch(c, x, c->len);
            emit_node(c, k);
            emit(c, RE_OP_JMP);
            size_t j = emit(c, have_jumps ? (uint32_t)jumps_head : 0xFFFFFFFFu);
            jumps_head = j;
            have_jumps = true;
            patch(c, y, c->len);
        }
        size_t end = c->len;
        while (have_jumps && !c->bad) {
            uint32_t prev = c->code[jumps_head];
            c->code[jumps_head] = (uint32_t)end;
            if (prev == 0xFFFFFFFFu)
                break;
            jumps_head = prev;
        }
        return;
    }
    case RE_N_GROUP: {
        emit(c, RE_OP_SAVE);
        emit(c, 2 * n->a);
        emit_node(c, n->child);
        emit(c, RE_OP_SAVE);
        emit(c, 2 * n->a + 1);
        if (!c->bad)
            width(c, n->child, &c->gmin[n->a], &c->gmax[n->a]);
        return;
    }
    case RE_N_REPEAT: emit_repeat(c, n); return;
    case RE_N_BACKREF:
        emit(c, RE_OP_BACKREF);
        emit(c, n->a);
        emit(c, n->flags & (RE_F_ICASE | RE_F_ASCII));
        return;
    case RE_N_LOOK: {
        uint64_t lo = 0, hi = 0;
        if (n->flags & RE_F_BEHIND) {
            width(c, n->child, &lo, &hi);
            if (lo != hi) {
                snprintf(c->err->msg, sizeof c->err->msg,
                         "look-behind requires fixed-width pattern");
                c->err->pos = -1;
                c->bad = 1;
                return;
            }
        }
        emit(c, RE_OP_LOOK);
        emit(c, n->flags & (RE_F_NEG | RE_F_BEHIND));
        emit(c, (uint32_t)lo);
        size_t end_at = emit(c, 0);
        emit_node(c, n->child);
        emit(c, RE_OP_MATCH);
        patch(c, end_at, c->len);
        return;
    }
    case RE_N_ATOMIC: {
        emit(c, RE_OP_ATOMIC);
        size_t end_at = emit(c, 0);
        emit_node(c, n->child);
        emit(c, RE_OP_MATCH);
        patch(c, end_at, c->len);
        return;
    }
    case RE_N_COND: {
        emit(c, RE_OP_COND);
        emit(c, n->a);
        size_t no_at = emit(c, 0);
        int32_t yes = n->child, no = node(c, yes)->next;
        emit_node(c, yes);
        emit(c, RE_OP_JMP);
        size_t end_at = emit(c, 0);
        patch(c, no_at, c->len);
        if (no >= 0)
            emit_node(c, no);
        patch(c, end_at, c->len);
        return;
    }
    }
}

/* A code point every match must start with (a case-sensitive literal at
 * the head of the pattern), or RE_NO_PREFIX. */
static uint32_t prefix_of(const compiler *c, int32_t i)
{
    while (i >= 0) {
        const rt_re_node *n = node(c, i);
        switch ((rt_re_kind)n->kind) {
        case RE_N_CHAR:
            if (n->flags & RE_F_ICASE)
                return RE_NO_PREFIX;
            return n->a;
        case RE_N_CAT:
            i = n->child;
            /* skip leading empty nodes */
            while (i >= 0 && node(c, i)->kind == RE_N_EMPTY)
                i = node(c, i)->next;
            break;
        case RE_N_GROUP:
        case RE_N_ATOMIC: i = n->child; break;
        case RE_N_REPEAT:
            if (n->a == 0)
                return RE_NO_PREFIX;
            i = n->child;
            break;
        default: return RE_NO_PREFIX;
        }
    }
    return RE_NO_PREFIX;
}

int rt_re_compile(rt_state *rt, rt_re_tree *tree, rt_re_prog *prog, rt_re_error *err)
{
    compiler c = {0};
    c.rt = rt;
    c.t = tree;
    c.err = err;
    size_t gsize = (tree->ngroups + 1) * sizeof(uint64_t);
    c.gmin = rt_heap_alloc(rt, NULL, gsize);
    c.gmax = c.gmin ? rt_heap_alloc(rt, NULL, gsize) : NULL;
    if (!c.gmax) {
        if (c.gmin)
            rt_heap_free(rt, NULL, c.gmin, gsize);
        return -1;
    }
    memset(c.gmin, 0, gsize);
    memset(c.gmax, 0, gsize);
    tree->nloops = 0;
    for (int k = 0; k < RE_H_SIZE; k++)
        emit(&c, 0);
    emit(&c, RE_OP_SAVE);
    emit(&c, 0);
    if (tree->root >= 0)
        emit_node(&c, tree->root);
    emit(&c, RE_OP_SAVE);
    emit(&c, 1);
    emit(&c, RE_OP_MATCH);
    rt_heap_free(rt, NULL, c.gmin, gsize);
    rt_heap_free(rt, NULL, c.gmax, gsize);
    if (c.bad) {
        if (c.code)
            rt_heap_free(rt, NULL, c.code, c.cap * 4);
        return c.bad;
    }
    c.code[RE_H_NGROUPS] = tree->ngroups;
    c.code[RE_H_NLOOPS] = tree->nloops;
    c.code[RE_H_FLAGS] = tree->flags;
    c.code[RE_H_PREFIX] = tree->root >= 0 ? prefix_of(&c, tree->root) : RE_NO_PREFIX;
    /* shrink to the exact size: the caller frees len words */
    if (c.cap != c.len) {
        uint32_t *n = rt_heap_resize(rt, NULL, c.code, c.cap * 4, c.len * 4);
        if (!n) {
            rt_heap_free(rt, NULL, c.code, c.cap * 4);
            return -1;
        }
        c.code = n;
    }
    prog->code = c.code;
    prog->len = c.len;
    return 0;
}
