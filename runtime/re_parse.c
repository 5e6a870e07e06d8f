/* re_parse.c: a regular expression's text into the tree of re.h, with
 * CPython 3.11's syntax, error messages and error positions.
 *
 * The reading follows CPython's own shape, because its error positions come
 * from it: a tokenizer with one token of lookahead, where a token is a code
 * point or an escape ("\x", two code points), and where running into a
 * trailing backslash is "bad escape (end of pattern)" as soon as the
 * lookahead reaches it. Positions are code point offsets; an error at
 * offset k before the current position is at tell() - k. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "runtime/nest.h"
#include "runtime/re.h"
#include "runtime/state.h"
#include "runtime/unicase.h"

typedef struct token {
    uint32_t c;
    bool esc;  /* "\c" */
    bool none; /* end of pattern */
} token;

typedef struct parser {
    rt_state *rt;
    const uint32_t *pat;
    size_t n;
    size_t index; /* after the lookahead token */
    token next;
    rt_re_tree *t;
    rt_re_error *err;
    bool is_bytes;
    int bad; /* 1: a pattern error in *err; -1: an exception is set */
    /* groups: open_/closed state (index = group number), and where the
     * current look-behind started (its first group), -1 outside one */
    uint8_t *closed;
    uint32_t closed_cap;
    int64_t lookbehind_groups;
    /* a group referenced by number in a conditional: the first position */
    uint32_t max_condref;
    int64_t condref_pos;
} parser;

/* ---- errors ---------------------------------------------------------------------- */

/* Appends code point c to buf (UTF-8; for a bytes pattern, what CPython's
 * ascii/backslashreplace gives). */
static void msg_cp(char *buf, size_t cap, bool is_bytes, uint32_t c)
{
    size_t len = strlen(buf);
    char tmp[16];
    size_t k = 0;
    if (c < 0x80) {
        tmp[k++] = (char)c;
    } else if (is_bytes) {
        k = (size_t)snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)c);
    } else if (c < 0x800) {
        tmp[k++] = (char)(0xC0 | (c >> 6));
        tmp[k++] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        tmp[k++] = (char)(0xE0 | (c >> 12));
        tmp[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
        tmp[k++] = (char)(0x80 | (c & 0x3F));
    } else {
        tmp[k++] = (char)(0xF0 | (c >> 18));
        tmp[k++] = (char)(0x80 | ((c >> 12) & 0x3F));
        tmp[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
        tmp[k++] = (char)(0x80 | (c & 0x3F));
    }
    if (len + k + 1 < cap) {
        memcpy(buf + len, tmp, k);
        buf[len + k] = 0;
    }
}

static void msg_str(char *buf, size_t cap, const char *s)
{
    size_t len = strlen(buf), k = strlen(s);
    if (len + k + 1 < cap) {
        memcpy(buf + len, s, k + 1);
    }
}

/* Appends repr() of the code points pat[a..b): single quotes unless it holds
 * one and no double quote, as Python's repr of a str. */
static void msg_repr(parser *p, char *buf, size_t cap, size_t a, size_t b)
{
    bool sq = false, dq = false;
    for (size_t i = a; i < b; i++) {
        sq |= p->pat[i] == '\'';
        dq |= p->pat[i] == '"';
    }
    char q = sq && !dq ? '"' : '\'';
    char qs[2] = {q, 0};
    msg_str(buf, cap, qs);
    for (size_t i = a; i < b; i++) {
        uint32_t c = p->pat[i];
        char tmp[16];
        if (c == (uint32_t)q || c == '\\') {
            snprintf(tmp, sizeof tmp, "\\%c", (char)c);
            msg_str(buf, cap, tmp);
        } else if (c == '\n' || c == '\r' || c == '\t') {
            msg_str(buf, cap, c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
        } else if (c < 0x20 || c == 0x7F || (p->is_bytes && c >= 0x80)) {
            snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)c);
            msg_str(buf, cap, tmp);
        } else {
            msg_cp(buf, cap, p->is_bytes, c);
        }
    }
    msg_str(buf, cap, qs);
}

static size_t tok_len(const token *t)
{
    return t->none ? 0 : t->esc ? 2 : 1;
}

static int64_t tell(const parser *p)
{
    return (int64_t)p->index - (int64_t)tok_len(&p->next);
}

/* Records a pattern error at tell() - offset with a printf-style message. */
static int fail(parser *p, int64_t offset, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int fail(parser *p, int64_t offset, const char *fmt, ...)
{
    if (p->bad)
        return -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
    va_end(ap);
    p->err->pos = tell(p) - offset;
    p->bad = 1;
    return -1;
}

/* fail() with a message that names a token or a name: prefix, then the code
 * points pat[a..b), then suffix. */
static int fail_text(parser *p, int64_t offset, const char *prefix, size_t a, size_t b,
                     const char *suffix)
{
    if (p->bad)
        return -1;
    p->err->msg[0] = 0;
    msg_str(p->err->msg, sizeof p->err->msg, prefix);
    for (size_t i = a; i < b; i++)
        msg_cp(p->err->msg, sizeof p->err->msg, p->is_bytes, p->pat[i]);
    msg_str(p->err->msg, sizeof p->err->msg, suffix);
    p->err->pos = tell(p) - offset;
    p->bad = 1;
    return -1;
}

static int fail_memory(parser *p)
{
    if (!p->bad) {
        p->bad = -1;
        if (!p->rt->exc)
            rt_raise(p->rt, RT_EXC_MemoryError, "%s", "");
    }
    return -1;
}

/* ---- the tokenizer --------------------------------------------------------------- */

static void advance(parser *p)
{
    if (p->index >= p->n) {
        p->next = (token){0, false, true};
        return;
    }
    uint32_t c = p->pat[p->index];
    if (c == '\\') {
        if (p->index + 1 >= p->n) {
            p->next = (token){0, false, true};
            if (!p->bad) {
                snprintf(p->err->msg, sizeof p->err->msg, "bad escape (end of pattern)");
                p->err->pos = (int64_t)p->n - 1;
                p->bad = 1;
            }
            return;
        }
        p->next = (token){p->pat[p->index + 1], true, false};
        p->index += 2;
        return;
    }
    p->next = (token){c, false, false};
    p->index++;
}

static token get(parser *p)
{
    token t = p->next;
    advance(p);
    return t;
}

/* Takes the lookahead when it is the plain character c. */
static bool match_ch(parser *p, uint32_t c)
{
    if (!p->next.none && !p->next.esc && p->next.c == c) {
        advance(p);
        return true;
    }
    return false;
}

static bool next_is(const parser *p, uint32_t c)
{
    return !p->next.none && !p->next.esc && p->next.c == c;
}

static void seek(parser *p, size_t index)
{
    p->index = index;
    advance(p);
}

static bool is_digit(const token *t)
{
    return !t->none && !t->esc && t->c >= '0' && t->c <= '9';
}
static bool is_octal(uint32_t c)
{
    return c >= '0' && c <= '7';
}
static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return (int)(c - 'A' + 10);
    return -1;
}
static bool is_ascii_letter(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Reads a name up to the terminator: its [start, end) in the pattern, or -1
 * with CPython's "missing group name" / "missing >, unterminated name". */
static int get_until(parser *p, uint32_t term, const char *what, size_t *start, size_t *end)
{
    *start = (size_t)tell(p);
    size_t len = 0;
    for (;;) {
        token c = get(p);
        if (p->bad)
            return -1;
        if (c.none) {
            if (!len)
                return fail(p, 0, "missing %s", what);
            return fail(p, (int64_t)len, "missing %c, unterminated name", (char)term);
        }
        if (!c.esc && c.c == term) {
            if (!len)
                return fail(p, 1, "missing %s", what);
            break;
        }
        len += tok_len(&c);
    }
    *end = *start + len;
    return 0;
}

static bool is_identifier(const parser *p, size_t a, size_t b)
{
    if (a == b)
        return false;
    for (size_t i = a; i < b; i++) {
        uint32_t c = p->pat[i];
        bool ok = c == '_' || is_ascii_letter(c) || (c >= 0x80 && rt_uc_isalpha(c)) ||
                  (i > a && ((c >= '0' && c <= '9') || (c >= 0x80 && rt_uc_isdecimal(c))));
        if (!ok)
            return false;
    }
    return true;
}

static int check_group_name(parser *p, size_t a, size_t b, int64_t offset)
{
    if (is_identifier(p, a, b))
        return 0;
    if (p->bad)
        return -1;
    p->err->msg[0] = 0;
    msg_str(p->err->msg, sizeof p->err->msg, "bad character in group name ");
    msg_repr(p, p->err->msg, sizeof p->err->msg, a, b);
    p->err->pos = tell(p) - (int64_t)(b - a) - offset;
    p->bad = 1;
    return -1;
}

/* The group named pat[a..b), or 0. */
static uint32_t group_by_name(const parser *p, size_t a, size_t b)
{
    for (uint32_t i = 0; i < p->t->nnames; i++) {
        size_t s = p->t->names[i].start, e = p->t->names[i].end;
        if (e - s == b - a && !memcmp(p->pat + s, p->pat + a, (b - a) * sizeof(uint32_t)))
            return p->t->names[i].group;
    }
    return 0;
}

static bool group_closed(const parser *p, uint32_t g)
{
    return g <= p->t->ngroups && p->closed[g];
}

/* CPython's checklookbehindgroup: a reference from inside a look-behind. */
static int check_lookbehind_ref(parser *p, uint32_t g)
{
    if (p->lookbehind_groups < 0)
        return 0;
    if (!group_closed(p, g))
        return fail(p, 0, "cannot refer to an open group");
    if ((int64_t)g >= p->lookbehind_groups)
        return fail(p, 0, "cannot refer to group defined in the same lookbehind subpattern");
    return 0;
}

/* ---- building the tree ----------------------------------------------------------- */

static int32_t node_new(parser *p, rt_re_kind kind, uint8_t flags, uint32_t a, uint32_t b)
{
    rt_re_tree *t = p->t;
    if (t->nnodes == t->cap) {
        uint32_t cap = t->cap ? t->cap * 2 : 32;
        rt_re_node *nn =
            rt_heap_resize(p->rt, NULL, t->nodes, t->cap * sizeof *nn, cap * sizeof *nn);
        if (!nn) {
            p->bad = -1;
            return -1;
        }
        t->nodes = nn;
        t->cap = cap;
    }
    t->nodes[t->nnodes] = (rt_re_node){(uint8_t)kind, flags, a, b, -1, -1};
    return (int32_t)t->nnodes++;
}

static int item_add(parser *p, uint32_t lo, uint32_t hi)
{
    rt_re_tree *t = p->t;
    if (t->nitems == t->items_cap) {
        uint32_t cap = t->items_cap ? t->items_cap * 2 : 16;
        rt_re_item *ni =
            rt_heap_resize(p->rt, NULL, t->items, t->items_cap * sizeof *ni, cap * sizeof *ni);
        if (!ni) {
            p->bad = -1;
            return -1;
        }
        t->items = ni;
        t->items_cap = cap;
    }
    t->items[t->nitems++] = (rt_re_item){lo, hi};
    return 0;
}

/* A sequence under construction: its CAT node and last child. */
typedef struct seq {
    int32_t node, last, before_last;
} seq;

static void seq_add(parser *p, seq *s, int32_t child)
{
    if (s->last < 0)
        p->t->nodes[s->node].child = child;
    else
        p->t->nodes[s->last].next = child;
    s->before_last = s->last;
    s->last = child;
}

/* Replaces the sequence's last child with `with` (a repeat around it). */
static void seq_replace_last(parser *p, seq *s, int32_t with)
{
    if (s->before_last < 0)
        p->t->nodes[s->node].child = with;
    else
        p->t->nodes[s->before_last].next = with;
    s->last = with;
}

/* Node flags for the local inline flags. */
static uint8_t node_flags(const parser *p, uint32_t flags)
{
    uint8_t f = 0;
    if (flags & RT_RE_IGNORECASE)
        f |= RE_F_ICASE;
    if (flags & RT_RE_DOTALL)
        f |= RE_F_DOTALL;
    if (p->is_bytes || (flags & (RT_RE_ASCII | RT_RE_LOCALE)))
        f |= RE_F_ASCII;
    return f;
}

/* ---- escapes --------------------------------------------------------------------- */

/* What an escape stands for: a literal, a category, or (outside sets) an
 * anchor or a group reference. */
typedef struct esc_value {
    enum { E_LIT, E_CAT, E_AT, E_REF } kind;
    uint32_t v;
} esc_value;

/* The escapes both contexts share: \a \b(in sets) \f \n \r \t \v \\, the
 * categories, \x \u \U, octal. Returns 1 when handled (or failed: p->bad),
 * 0 when the caller decides. `start` is the escape's position. */
static int escape_common(parser *p, token e, bool in_set, esc_value *out)
{
    uint32_t c = e.c;
    switch (c) {
    case 'a': *out = (esc_value){E_LIT, 7}; return 1;
    case 'f': *out = (esc_value){E_LIT, 12}; return 1;
    case 'n': *out = (esc_value){E_LIT, 10}; return 1;
    case 'r': *out = (esc_value){E_LIT, 13}; return 1;
    case 't': *out = (esc_value){E_LIT, 9}; return 1;
    case 'v': *out = (esc_value){E_LIT, 11}; return 1;
    case '\\': *out = (esc_value){E_LIT, '\\'}; return 1;
    case 'd': *out = (esc_value){E_CAT, RE_CAT_DIGIT}; return 1;
    case 'D': *out = (esc_value){E_CAT, RE_CAT_NOT_DIGIT}; return 1;
    case 's': *out = (esc_value){E_CAT, RE_CAT_SPACE}; return 1;
    case 'S': *out = (esc_value){E_CAT, RE_CAT_NOT_SPACE}; return 1;
    case 'w': *out = (esc_value){E_CAT, RE_CAT_WORD}; return 1;
    case 'W': *out = (esc_value){E_CAT, RE_CAT_NOT_WORD}; return 1;
    default: break;
    }
    if (c == 'b' && in_set) {
        *out = (esc_value){E_LIT, 8};
        return 1;
    }
    int digits = c == 'x' ? 2 : (c == 'u' && !p->is_bytes) ? 4 : (c == 'U' && !p->is_bytes) ? 8 : 0;
    if (digits) {
        size_t start = (size_t)tell(p) - 2;
        uint32_t v = 0;
        int got = 0;
        while (got < digits && !p->next.none && !p->next.esc && hexval(p->next.c) >= 0) {
            v = v * 16 + (uint32_t)hexval(p->next.c);
            got++;
            advance(p);
        }
        if (got != digits) {
            fail_text(p, 2 + got, "incomplete escape ", start, start + 2 + (size_t)got, "");
            return 1;
        }
        if (c == 'U' && v > 0x10FFFF) {
            fail_text(p, 10, "bad escape ", start, start + 10, "");
            return 1;
        }
        *out = (esc_value){E_LIT, v};
        return 1;
    }
    return 0;
}

/* An escape inside [...] (CPython's _class_escape). */
static int class_escape(parser *p, token e, esc_value *out)
{
    size_t start = (size_t)tell(p) - 2;
    int r = escape_common(p, e, true, out);
    if (r || p->bad)
        return p->bad ? -1 : 0;
    uint32_t c = e.c;
    if (is_octal(c)) {
        uint32_t v = c - '0';
        int len = 2;
        for (int k = 0; k < 2 && !p->next.none && !p->next.esc && is_octal(p->next.c); k++) {
            v = v * 8 + (p->next.c - '0');
            len++;
            advance(p);
        }
        if (v > 0377)
            return fail_text(p, len, "octal escape value ", start, start + (size_t)len,
                             " outside of range 0-0o377");
        *out = (esc_value){E_LIT, v};
        return 0;
    }
    if ((c >= '0' && c <= '9') || is_ascii_letter(c))
        return fail_text(p, 2, "bad escape ", start, start + 2, "");
    *out = (esc_value){E_LIT, c};
    return 0;
}

/* An escape outside sets (CPython's _escape). */
static int escape(parser *p, token e, esc_value *out)
{
    size_t start = (size_t)tell(p) - 2;
    uint32_t c = e.c;
    switch (c) {
    case 'A': *out = (esc_value){E_AT, RE_AT_BEGIN_STRING}; return 0;
    case 'Z': *out = (esc_value){E_AT, RE_AT_END_STRING}; return 0;
    case 'b': *out = (esc_value){E_AT, RE_AT_BOUNDARY}; return 0;
    case 'B': *out = (esc_value){E_AT, RE_AT_NON_BOUNDARY}; return 0;
    default: break;
    }
    int r = escape_common(p, e, false, out);
    if (r || p->bad)
        return p->bad ? -1 : 0;
    if (c == '0') {
        uint32_t v = 0;
        for (int k = 0; k < 2 && !p->next.none && !p->next.esc && is_octal(p->next.c); k++) {
            v = v * 8 + (p->next.c - '0');
            advance(p);
        }
        *out = (esc_value){E_LIT, v};
        return 0;
    }
    if (c >= '1' && c <= '9') {
        size_t len = 2;
        uint32_t group = c - '0';
        if (is_digit(&p->next)) {
            uint32_t d = p->next.c;
            advance(p);
            len++;
            if (is_octal(c) && is_octal(d) && !p->next.none && !p->next.esc &&
                is_octal(p->next.c)) {
                uint32_t v = (c - '0') * 64 + (d - '0') * 8 + (p->next.c - '0');
                advance(p);
                if (v > 0377)
                    return fail_text(p, 4, "octal escape value ", start, start + 4,
                                     " outside of range 0-0o377");
                *out = (esc_value){E_LIT, v};
                return 0;
            }
            group = group * 10 + (d - '0');
        }
        if (group < p->t->ngroups + 1) {
            if (!group_closed(p, group))
                return fail(p, (int64_t)len, "cannot refer to an open group");
            if (check_lookbehind_ref(p, group) < 0)
                return -1;
            *out = (esc_value){E_REF, group};
            return 0;
        }
        return fail(p, (int64_t)len - 1, "invalid group reference %u", (unsigned)group);
    }
    if (is_ascii_letter(c) || (c >= '0' && c <= '9'))
        return fail_text(p, 2, "bad escape ", start, start + 2, "");
    *out = (esc_value){E_LIT, c};
    return 0;
}

/* ---- sets ------------------------------------------------------------------------ */

/* [...] after the '[': a set node, or a char node for one plain literal. */
static int32_t parse_set(parser *p, uint8_t fl)
{
    int64_t here = tell(p) - 1;
    bool negate = match_ch(p, '^');
    uint32_t first = p->t->nitems;
    uint32_t count = 0;
    bool only_literal = true;
    uint32_t literal = 0;
    for (;;) {
        size_t this_start = (size_t)tell(p);
        token this = get(p);
        if (p->bad)
            return -1;
        if (this.none)
            return fail(p, tell(p) - here, "unterminated character set");
        if (!this.esc && this.c == ']' && count)
            break;
        esc_value v1;
        if (this.esc) {
            if (class_escape(p, this, &v1) < 0)
                return -1;
        } else {
            v1 = (esc_value){E_LIT, this.c};
        }
        size_t this_end = this_start + tok_len(&this);
        if (match_ch(p, '-')) {
            size_t that_start = (size_t)tell(p);
            token that = get(p);
            if (p->bad)
                return -1;
            if (that.none)
                return fail(p, tell(p) - here, "unterminated character set");
            if (!that.esc && that.c == ']') {
                if (v1.kind == E_CAT) {
                    if (item_add(p, RE_CAT_BASE + v1.v, 0) < 0)
                        return fail_memory(p);
                    only_literal = false;
                } else {
                    if (item_add(p, v1.v, v1.v) < 0)
                        return fail_memory(p);
                    literal = v1.v;
                }
                if (item_add(p, '-', '-') < 0)
                    return fail_memory(p);
                count += 2;
                only_literal = false;
                break;
            }
            esc_value v2;
            if (that.esc) {
                if (class_escape(p, that, &v2) < 0)
                    return -1;
            } else {
                v2 = (esc_value){E_LIT, that.c};
            }
            size_t that_end = that_start + tok_len(&that);
            if (v1.kind != E_LIT || v2.kind != E_LIT || v2.v < v1.v) {
                (void)that_end;
                int64_t off =
                    (int64_t)(this_end - this_start) + 1 + (int64_t)(that_end - that_start);
                p->err->msg[0] = 0;
                msg_str(p->err->msg, sizeof p->err->msg, "bad character range ");
                for (size_t i = this_start; i < this_end; i++)
                    msg_cp(p->err->msg, sizeof p->err->msg, p->is_bytes, p->pat[i]);
                msg_str(p->err->msg, sizeof p->err->msg, "-");
                for (size_t i = that_start; i < that_end; i++)
                    msg_cp(p->err->msg, sizeof p->err->msg, p->is_bytes, p->pat[i]);
                p->err->pos = tell(p) - off;
                p->bad = 1;
                return -1;
            }
            if (item_add(p, v1.v, v2.v) < 0)
                return fail_memory(p);
            count++;
            only_literal = false;
        } else {
            if (v1.kind == E_CAT) {
                if (item_add(p, RE_CAT_BASE + v1.v, 0) < 0)
                    return fail_memory(p);
                only_literal = false;
            } else {
                if (count && literal != v1.v)
                    only_literal = false;
                literal = v1.v;
                if (item_add(p, v1.v, v1.v) < 0)
                    return fail_memory(p);
            }
            count++;
        }
    }
    if (only_literal && !negate) {
        p->t->nitems = first;
        return node_new(p, RE_N_CHAR, fl, literal, 0);
    }
    return node_new(p, RE_N_SET, (uint8_t)(fl | (negate ? RE_F_NEG : 0)), first,
                    p->t->nitems - first);
}

/* ---- flags ----------------------------------------------------------------------- */

static uint32_t flag_of(uint32_t c)
{
    switch (c) {
    case 'i': return RT_RE_IGNORECASE;
    case 'L': return RT_RE_LOCALE;
    case 'm': return RT_RE_MULTILINE;
    case 's': return RT_RE_DOTALL;
    case 'x': return RT_RE_VERBOSE;
    case 'a': return RT_RE_ASCII;
    case 't': return RT_RE_TEMPLATE;
    case 'u': return RT_RE_UNICODE;
    default: return 0;
    }
}

#define TYPE_FLAGS (RT_RE_ASCII | RT_RE_LOCALE | RT_RE_UNICODE)
#define GLOBAL_FLAGS (RT_RE_DEBUG | RT_RE_TEMPLATE)

static bool is_alpha_token(const token *t)
{
    return !t->none && (is_ascii_letter(t->c) || (t->c >= 0x80 && rt_uc_isalpha(t->c)));
}

/* CPython's _parse_flags after "(?" and the first flag character `ch`:
 * returns 1 for global flags ("(?i)", added to *global), 0 for scoped
 * ones (*add, *del), -1 on error. */
static int parse_flags(parser *p, token ch, uint32_t *global, uint32_t *add, uint32_t *del)
{
    *add = *del = 0;
    if (ch.esc || ch.c != '-') {
        for (;;) {
            uint32_t flag = flag_of(ch.c);
            if (!p->is_bytes && ch.c == 'L')
                return fail(p, 0, "bad inline flags: cannot use 'L' flag with a str pattern");
            if (p->is_bytes && ch.c == 'u')
                return fail(p, 0, "bad inline flags: cannot use 'u' flag with a bytes pattern");
            *add |= flag;
            if ((flag & TYPE_FLAGS) && (*add & TYPE_FLAGS) != flag)
                return fail(p, 0, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
            ch = get(p);
            if (p->bad)
                return -1;
            if (ch.none)
                return fail(p, 0, "missing -, : or )");
            if (!ch.esc && (ch.c == ')' || ch.c == '-' || ch.c == ':'))
                break;
            if (ch.esc || !flag_of(ch.c))
                return fail(p, (int64_t)tok_len(&ch),
                            is_alpha_token(&ch) && !ch.esc ? "unknown flag" : "missing -, : or )");
        }
    }
    if (ch.c == ')') {
        *global |= *add;
        return 1;
    }
    if (*add & GLOBAL_FLAGS)
        return fail(p, 1, "bad inline flags: cannot turn on global flag");
    if (ch.c == '-') {
        ch = get(p);
        if (p->bad)
            return -1;
        if (ch.none)
            return fail(p, 0, "missing flag");
        if (ch.esc || !flag_of(ch.c))
            return fail(p, (int64_t)tok_len(&ch),
                        is_alpha_token(&ch) && !ch.esc ? "unknown flag" : "missing flag");
        for (;;) {
            uint32_t flag = flag_of(ch.c);
            if (flag & TYPE_FLAGS)
                return fail(p, 0, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            *del |= flag;
            ch = get(p);
            if (p->bad)
                return -1;
            if (ch.none)
                return fail(p, 0, "missing :");
            if (!ch.esc && ch.c == ':')
                break;
            if (ch.esc || !flag_of(ch.c))
                return fail(p, (int64_t)tok_len(&ch),
                            is_alpha_token(&ch) && !ch.esc ? "unknown flag" : "missing :");
        }
    }
    if (*del & GLOBAL_FLAGS)
        return fail(p, 1, "bad inline flags: cannot turn off global flag");
    if (*add & *del)
        return fail(p, 1, "bad inline flags: flag turned on and off");
    return 0;
}

/* ---- groups, sequences, alternatives ------------------------------------------- */

static int32_t parse_sub(parser *p, bool verbose, uint32_t flags, int nested);

static int open_group(parser *p, size_t name_a, size_t name_b, bool named, uint32_t *gid)
{
    rt_re_tree *t = p->t;
    uint32_t g = t->ngroups + 1;
    if (g >= RT_RE_MAXGROUPS)
        return fail(p, 0, "too many groups");
    if (g >= p->closed_cap) {
        uint32_t cap = p->closed_cap ? p->closed_cap * 2 : 16;
        uint8_t *nc = rt_heap_resize(p->rt, NULL, p->closed, p->closed_cap, cap);
        if (!nc) {
            p->bad = -1;
            return -1;
        }
        memset(nc + p->closed_cap, 0, cap - p->closed_cap);
        p->closed = nc;
        p->closed_cap = cap;
    }
    if (named) {
        uint32_t old = group_by_name(p, name_a, name_b);
        if (old) {
            p->err->msg[0] = 0;
            msg_str(p->err->msg, sizeof p->err->msg, "redefinition of group name ");
            msg_repr(p, p->err->msg, sizeof p->err->msg, name_a, name_b);
            char tail[80];
            snprintf(tail, sizeof tail, " as group %u; was group %u", (unsigned)g, (unsigned)old);
            msg_str(p->err->msg, sizeof p->err->msg, tail);
            p->err->pos = tell(p) - (int64_t)(name_b - name_a) - 1;
            p->bad = 1;
            return -1;
        }
        if (t->nnames == t->names_cap) {
            uint32_t cap = t->names_cap ? t->names_cap * 2 : 8;
            void *nn = rt_heap_resize(p->rt, NULL, t->names, t->names_cap * sizeof *t->names,
                                      cap * sizeof *t->names);
            if (!nn) {
                p->bad = -1;
                return -1;
            }
            t->names = nn;
            t->names_cap = cap;
        }
        t->names[t->nnames].group = g;
        t->names[t->nnames].start = (uint32_t)name_a;
        t->names[t->nnames].end = (uint32_t)name_b;
        t->nnames++;
    }
    t->ngroups = g;
    *gid = g;
    return 0;
}

/* "(" already read: the group, assertion, flags or comment it opens. Adds
 * what it makes to the sequence s (nothing for comments and global flags);
 * *first is the caller's "global flags still allowed". */
static int parse_paren(parser *p, seq *s, bool *verbose, uint32_t *flags, int nested, bool first)
{
    int64_t start = tell(p) - 1;
    bool capture = true, atomic = false, named = false;
    size_t name_a = 0, name_b = 0;
    uint32_t add = 0, del = 0;
    if (match_ch(p, '?')) {
        token ch = get(p);
        if (p->bad)
            return -1;
        if (ch.none)
            return fail(p, 0, "unexpected end of pattern");
        if (!ch.esc && ch.c == 'P') {
            if (match_ch(p, '<')) {
                if (get_until(p, '>', "group name", &name_a, &name_b) < 0 ||
                    check_group_name(p, name_a, name_b, 1) < 0)
                    return -1;
                named = true;
            } else if (match_ch(p, '=')) {
                if (get_until(p, ')', "group name", &name_a, &name_b) < 0 ||
                    check_group_name(p, name_a, name_b, 1) < 0)
                    return -1;
                uint32_t g = group_by_name(p, name_a, name_b);
                int64_t off = (int64_t)(name_b - name_a) + 1;
                if (!g) {
                    p->err->msg[0] = 0;
                    msg_str(p->err->msg, sizeof p->err->msg, "unknown group name ");
                    msg_repr(p, p->err->msg, sizeof p->err->msg, name_a, name_b);
                    p->err->pos = tell(p) - off;
                    p->bad = 1;
                    return -1;
                }
                if (!group_closed(p, g))
                    return fail(p, off, "cannot refer to an open group");
                if (check_lookbehind_ref(p, g) < 0)
                    return -1;
                int32_t n = node_new(p, RE_N_BACKREF, node_flags(p, *flags), g, 0);
                if (n < 0)
                    return fail_memory(p);
                seq_add(p, s, n);
                return 0;
            } else {
                size_t at = (size_t)tell(p);
                token c2 = get(p);
                if (p->bad)
                    return -1;
                if (c2.none)
                    return fail(p, 0, "unexpected end of pattern");
                return fail_text(p, (int64_t)tok_len(&c2) + 2, "unknown extension ?P", at,
                                 at + tok_len(&c2), "");
            }
        } else if (!ch.esc && ch.c == ':') {
            capture = false;
        } else if (!ch.esc && ch.c == '#') {
            for (;;) {
                if (p->next.none)
                    return fail(p, tell(p) - start, "missing ), unterminated comment");
                token c2 = get(p);
                if (p->bad)
                    return -1;
                if (!c2.esc && c2.c == ')')
                    return 0;
            }
        } else if (!ch.esc && (ch.c == '=' || ch.c == '!' || ch.c == '<')) {
            bool behind = false;
            uint32_t kind = ch.c;
            int64_t saved_lb = p->lookbehind_groups;
            if (ch.c == '<') {
                size_t at = (size_t)tell(p);
                token c2 = get(p);
                if (p->bad)
                    return -1;
                if (c2.none)
                    return fail(p, 0, "unexpected end of pattern");
                if (c2.esc || (c2.c != '=' && c2.c != '!'))
                    return fail_text(p, (int64_t)tok_len(&c2) + 2, "unknown extension ?<", at,
                                     at + tok_len(&c2), "");
                kind = c2.c;
                behind = true;
                if (p->lookbehind_groups < 0)
                    p->lookbehind_groups = (int64_t)p->t->ngroups + 1;
            }
            int32_t body = parse_sub(p, *verbose, *flags, nested + 1);
            if (body < 0)
                return -1;
            if (behind)
                p->lookbehind_groups = saved_lb;
            if (!match_ch(p, ')'))
                return fail(p, tell(p) - start, "missing ), unterminated subpattern");
            uint8_t fl = (uint8_t)((kind == '!' ? RE_F_NEG : 0) | (behind ? RE_F_BEHIND : 0));
            int32_t n = node_new(p, RE_N_LOOK, fl, 0, 0);
            if (n < 0)
                return fail_memory(p);
            p->t->nodes[n].child = body;
            seq_add(p, s, n);
            return 0;
        } else if (!ch.esc && ch.c == '(') {
            size_t ca, cb;
            if (get_until(p, ')', "group name", &ca, &cb) < 0)
                return -1;
            uint32_t g = 0;
            int64_t off = (int64_t)(cb - ca) + 1;
            if (is_identifier(p, ca, cb)) {
                g = group_by_name(p, ca, cb);
                if (!g) {
                    p->err->msg[0] = 0;
                    msg_str(p->err->msg, sizeof p->err->msg, "unknown group name ");
                    msg_repr(p, p->err->msg, sizeof p->err->msg, ca, cb);
                    p->err->pos = tell(p) - off;
                    p->bad = 1;
                    return -1;
                }
            } else {
                uint64_t v = 0;
                bool ok = true;
                for (size_t i = ca; i < cb; i++) {
                    uint32_t d = p->pat[i];
                    if (d < '0' || d > '9') {
                        ok = false;
                        break;
                    }
                    v = v * 10 + (d - '0');
                    if (v > 0xFFFFFFFFull)
                        v = 0xFFFFFFFFull;
                }
                if (!ok) {
                    p->err->msg[0] = 0;
                    msg_str(p->err->msg, sizeof p->err->msg, "bad character in group name ");
                    msg_repr(p, p->err->msg, sizeof p->err->msg, ca, cb);
                    p->err->pos = tell(p) - off;
                    p->bad = 1;
                    return -1;
                }
                if (!v)
                    return fail(p, off, "bad group number");
                if (v >= RT_RE_MAXGROUPS)
                    return fail(p, off, "invalid group reference %llu", (unsigned long long)v);
                if (p->condref_pos < 0 || v > p->max_condref) {
                    if (v > p->max_condref) {
                        p->max_condref = (uint32_t)v;
                        p->condref_pos = tell(p) - off;
                    }
                }
                g = (uint32_t)v;
            }
            if (check_lookbehind_ref(p, g) < 0)
                return -1;
            return -2 - (int)g; /* the caller parses the branches (see parse_seq) */
        } else if (!ch.esc && ch.c == '>') {
            capture = false;
            atomic = true;
        } else if (!ch.esc && (flag_of(ch.c) || ch.c == '-')) {
            int r = parse_flags(p, ch, flags, &add, &del);
            if (r < 0)
                return -1;
            if (r == 1) {
                if (!first || s->last >= 0)
                    return fail(p, tell(p) - start,
                                "global flags not at the start of the expression");
                *verbose = (*flags & RT_RE_VERBOSE) != 0;
                p->t->flags = *flags;
                return 0;
            }
            capture = false;
        } else {
            size_t at = (size_t)tell(p) - tok_len(&ch);
            return fail_text(p, (int64_t)tok_len(&ch) + 1, "unknown extension ?", at,
                             at + tok_len(&ch), "");
        }
    }
    uint32_t gid = 0;
    if (capture && open_group(p, name_a, name_b, named, &gid) < 0) {
        if (p->bad == 1 && named && strcmp(p->err->msg, "too many groups") == 0)
            p->err->pos = tell(p) - (int64_t)(name_b - name_a) - 1;
        return -1;
    }
    bool sub_verbose = (*verbose || (add & RT_RE_VERBOSE)) && !(del & RT_RE_VERBOSE);
    uint32_t sub_flags = (*flags | add) & ~del;
    int32_t body = parse_sub(p, sub_verbose, sub_flags, nested + 1);
    if (body < 0)
        return -1;
    if (!match_ch(p, ')'))
        return fail(p, tell(p) - start, "missing ), unterminated subpattern");
    int32_t n = body;
    if (capture) {
        p->closed[gid] = 1;
        n = node_new(p, RE_N_GROUP, 0, gid, 0);
        if (n < 0)
            return fail_memory(p);
        p->t->nodes[n].child = body;
    } else if (atomic) {
        n = node_new(p, RE_N_ATOMIC, 0, 0, 0);
        if (n < 0)
            return fail_memory(p);
        p->t->nodes[n].child = body;
    } else {
        /* a non-capturing group stays a node of its own (a CAT or ALT):
         * wrap it so the sequence's sibling links stay its own */
        n = node_new(p, RE_N_CAT, 0, 0, 0);
        if (n < 0)
            return fail_memory(p);
        p->t->nodes[n].child = body;
        p->t->nodes[n].a = 1; /* a group: "(?:a*)*" repeats it */
    }
    seq_add(p, s, n);
    return 0;
}

static int32_t parse_seq(parser *p, bool verbose, uint32_t flags, int nested, bool first);

/* "(?(" cond ")" read, g the group: the yes|no branches and the ")". */
static int parse_cond(parser *p, seq *s, bool verbose, uint32_t flags, int nested, uint32_t g,
                      int64_t start)
{
    int32_t yes = parse_seq(p, verbose, flags, nested + 1, false);
    if (yes < 0)
        return -1;
    int32_t no = -1;
    if (match_ch(p, '|')) {
        no = parse_seq(p, verbose, flags, nested + 1, false);
        if (no < 0)
            return -1;
        if (next_is(p, '|'))
            return fail(p, 0, "conditional backref with more than two branches");
    }
    if (!match_ch(p, ')'))
        return fail(p, tell(p) - start, "missing ), unterminated subpattern");
    int32_t n = node_new(p, RE_N_COND, 0, g, 0);
    if (n < 0)
        return fail_memory(p);
    if (no < 0 && (no = node_new(p, RE_N_EMPTY, 0, 0, 0)) < 0)
        return fail_memory(p);
    p->t->nodes[n].child = yes;
    p->t->nodes[yes].next = no;
    seq_add(p, s, n);
    return 0;
}

static bool is_repeat_node(const rt_re_node *nd)
{
    return nd->kind == RE_N_REPEAT;
}

/* A quantifier after the sequence's last item; `this` is '*', '+', '?' or
 * '{' (already read). 0, 1 when '{' was a literal, -1 on error. */
static int parse_repeat(parser *p, seq *s, uint32_t this, uint8_t fl)
{
    int64_t here = tell(p);
    uint64_t lo = 0, hi = RT_RE_MAXREPEAT;
    if (this == '?') {
        hi = 1;
    } else if (this == '+') {
        lo = 1;
    } else if (this == '{') {
        if (next_is(p, '}')) {
            int32_t n = node_new(p, RE_N_CHAR, fl, '{', 0);
            if (n < 0)
                return fail_memory(p);
            seq_add(p, s, n);
            return 1;
        }
        bool has_lo = false, has_hi = false;
        uint64_t vlo = 0, vhi = 0;
        while (is_digit(&p->next)) {
            vlo = vlo * 10 + (p->next.c - '0');
            if (vlo > 0xFFFFFFFFFull)
                vlo = 0xFFFFFFFFFull;
            has_lo = true;
            advance(p);
        }
        if (match_ch(p, ',')) {
            while (is_digit(&p->next)) {
                vhi = vhi * 10 + (p->next.c - '0');
                if (vhi > 0xFFFFFFFFFull)
                    vhi = 0xFFFFFFFFFull;
                has_hi = true;
                advance(p);
            }
        } else {
            vhi = vlo;
            has_hi = has_lo;
        }
        if (!match_ch(p, '}')) {
            int32_t n = node_new(p, RE_N_CHAR, fl, '{', 0);
            if (n < 0)
                return fail_memory(p);
            seq_add(p, s, n);
            seek(p, (size_t)here);
            return 1;
        }
        if (has_lo) {
            lo = vlo;
            if (lo >= RT_RE_MAXREPEAT) {
                p->err->overflow = true;
                return fail(p, 0, "the repetition number is too large");
            }
        }
        if (has_hi) {
            hi = vhi;
            if (hi >= RT_RE_MAXREPEAT) {
                p->err->overflow = true;
                return fail(p, 0, "the repetition number is too large");
            }
            if (hi < lo)
                return fail(p, tell(p) - here, "min repeat greater than max repeat");
        }
    }
    int64_t qlen = tell(p) - here + 1;
    if (s->last < 0 || p->t->nodes[s->last].kind == RE_N_AT)
        return fail(p, qlen, "nothing to repeat");
    if (is_repeat_node(&p->t->nodes[s->last]))
        return fail(p, qlen, "multiple repeat");
    uint8_t rfl = 0;
    if (match_ch(p, '?'))
        rfl = RE_F_LAZY;
    else if (match_ch(p, '+'))
        rfl = RE_F_POSSESSIVE;
    int32_t item = s->last;
    int32_t n = node_new(p, RE_N_REPEAT, rfl, (uint32_t)lo, (uint32_t)hi);
    if (n < 0)
        return fail_memory(p);
    p->t->nodes[item].next = -1;
    p->t->nodes[n].child = item;
    seq_replace_last(p, s, n);
    return 0;
}

/* A sequence of items up to '|', ')' or the end (CPython's _parse). */
static int32_t parse_seq(parser *p, bool verbose, uint32_t flags, int nested, bool first)
{
    if (nested > 2 * RT_RE_MAX_NEST || rt__stack_exhausted(p->rt->stack_base)) {
        if (!p->bad) {
            p->bad = -1;
            rt_raise(p->rt, RT_EXC_RecursionError, "maximum recursion depth exceeded");
        }
        return -1;
    }
    seq s = {node_new(p, RE_N_CAT, 0, 0, 0), -1, -1};
    if (s.node < 0)
        return fail_memory(p);
    for (;;) {
        if (p->bad)
            return -1;
        if (p->next.none)
            break;
        if (!p->next.esc && (p->next.c == '|' || p->next.c == ')'))
            break;
        token this = get(p);
        if (p->bad)
            return -1;
        uint8_t fl = node_flags(p, flags);
        if (verbose && !this.esc) {
            uint32_t c = this.c;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
                continue;
            if (c == '#') {
                for (;;) {
                    token t2 = get(p);
                    if (p->bad)
                        return -1;
                    if (t2.none || (!t2.esc && t2.c == '\n'))
                        break;
                }
                continue;
            }
        }
        int32_t n = -1;
        if (this.esc) {
            esc_value v;
            if (escape(p, this, &v) < 0)
                return -1;
            if (v.kind == E_LIT) {
                n = node_new(p, RE_N_CHAR, fl, v.v, 0);
            } else if (v.kind == E_CAT) {
                uint32_t first_item = p->t->nitems;
                if (item_add(p, RE_CAT_BASE + v.v, 0) < 0)
                    return fail_memory(p);
                n = node_new(p, RE_N_SET, fl, first_item, 1);
            } else if (v.kind == E_AT) {
                n = node_new(p, RE_N_AT, fl, v.v, 0);
            } else {
                n = node_new(p, RE_N_BACKREF, fl, v.v, 0);
            }
            if (n < 0)
                return fail_memory(p);
            seq_add(p, &s, n);
            continue;
        }
        uint32_t c = this.c;
        if (c == '[') {
            n = parse_set(p, fl);
            if (n < 0)
                return p->bad ? -1 : fail_memory(p);
            seq_add(p, &s, n);
        } else if (c == '*' || c == '+' || c == '?' || c == '{') {
            if (parse_repeat(p, &s, c, fl) < 0)
                return -1;
        } else if (c == '.') {
            if ((n = node_new(p, RE_N_ANY, fl, 0, 0)) < 0)
                return fail_memory(p);
            seq_add(p, &s, n);
        } else if (c == '(') {
            int64_t start = tell(p) - 1;
            int r = parse_paren(p, &s, &verbose, &flags, nested, first);
            if (r <= -2) {
                if (parse_cond(p, &s, verbose, flags, nested, (uint32_t)(-2 - r), start) < 0)
                    return -1;
            } else if (r < 0) {
                return -1;
            }
        } else if (c == '^') {
            uint32_t at = (flags & RT_RE_MULTILINE) ? RE_AT_BEGIN_LINE : RE_AT_BEGIN;
            if ((n = node_new(p, RE_N_AT, fl, at, 0)) < 0)
                return fail_memory(p);
            seq_add(p, &s, n);
        } else if (c == '$') {
            uint32_t at = (flags & RT_RE_MULTILINE) ? RE_AT_END_LINE : RE_AT_END;
            if ((n = node_new(p, RE_N_AT, fl, at, 0)) < 0)
                return fail_memory(p);
            seq_add(p, &s, n);
        } else {
            if ((n = node_new(p, RE_N_CHAR, fl, c, 0)) < 0)
                return fail_memory(p);
            seq_add(p, &s, n);
        }
    }
    return s.node;
}

/* Alternatives a|b|c (CPython's _parse_sub): an ALT node, or the one sequence. */
static int32_t parse_sub(parser *p, bool verbose, uint32_t flags, int nested)
{
    int32_t first = -1, last = -1;
    int count = 0;
    for (;;) {
        int32_t item = parse_seq(p, verbose, flags, nested + 1, !nested && count == 0);
        if (item < 0)
            return -1;
        /* global flags at the very start of the first branch take effect for the rest */
        if (!nested && count == 0)
            flags = p->t->flags;
        if (last < 0)
            first = item;
        else
            p->t->nodes[last].next = item;
        last = item;
        count++;
        if (!match_ch(p, '|'))
            break;
        if (!nested)
            verbose = (p->t->flags & RT_RE_VERBOSE) != 0;
    }
    if (count == 1)
        return first;
    int32_t n = node_new(p, RE_N_ALT, 0, 0, 0);
    if (n < 0)
        return fail_memory(p);
    p->t->nodes[n].child = first;
    return n;
}

int rt_re_parse(rt_state *rt, const uint32_t *pat, size_t n, uint32_t flags, bool is_bytes,
                rt_re_tree *tree, rt_re_error *err)
{
    memset(tree, 0, sizeof *tree);
    tree->root = -1;
    tree->flags = flags;
    err->msg[0] = 0;
    err->pos = -1;
    err->overflow = false;
    parser p = {0};
    p.rt = rt;
    p.pat = pat;
    p.n = n;
    p.t = tree;
    p.err = err;
    p.is_bytes = is_bytes;
    p.lookbehind_groups = -1;
    p.condref_pos = -1;
    advance(&p);
    if (!p.bad)
        tree->root = parse_sub(&p, (flags & RT_RE_VERBOSE) != 0, flags, 0);
    if (!p.bad && !p.next.none)
        fail(&p, 0, "unbalanced parenthesis");
    if (!p.bad && p.condref_pos >= 0 && p.max_condref > tree->ngroups) {
        snprintf(err->msg, sizeof err->msg, "invalid group reference %u", (unsigned)p.max_condref);
        err->pos = p.condref_pos;
        p.bad = 1;
    }
    if (p.closed)
        rt_heap_free(rt, NULL, p.closed, p.closed_cap);
    if (p.bad < 0 && !rt->exc)
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    return p.bad;
}

void rt_re_tree_dispose(rt_state *rt, rt_re_tree *tree)
{
    if (tree->nodes)
        rt_heap_free(rt, NULL, tree->nodes, tree->cap * sizeof *tree->nodes);
    if (tree->items)
        rt_heap_free(rt, NULL, tree->items, tree->items_cap * sizeof *tree->items);
    if (tree->names)
        rt_heap_free(rt, NULL, tree->names, tree->names_cap * sizeof *tree->names);
    memset(tree, 0, sizeof *tree);
}
