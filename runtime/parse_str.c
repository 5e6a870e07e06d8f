/* parse_str.c: string literal tokens -> Constant str/bytes or JoinedStr
 * (escapes, implicit concatenation, f-string fields with conversions and
 * nested format specs). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/parse_int.h"
#include "runtime/unidata.h"

/* A growable byte buffer in the arena (old blocks are left behind; the
 * arena frees them all at once). */
typedef struct sbuf {
    char *s;
    size_t n, cap;
} sbuf;

static int sbuf_put(rt__parser *p, sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 64;
        while (nc < b->n + n + 1)
            nc *= 2;
        char *ns = rt_ast_alloc(p->a, nc);
        if (!ns) {
            rt__parse_oom(p);
            return -1;
        }
        if (b->n)
            memcpy(ns, b->s, b->n);
        b->s = ns;
        b->cap = nc;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
    return 0;
}

static int put_utf8(rt__parser *p, sbuf *b, unsigned long cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return sbuf_put(p, b, u, n);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* One piece of a literal being decoded. */
typedef struct lit {
    const rt_token *tok;
    const char *body; /* between the quotes */
    size_t len;
    size_t body_off; /* offset of body in the token text */
    int raw, bytes, fmt;
    struct pos_memo *memo; /* the caller's; NULL: count from the token's start */
    const rt_token *after; /* the token after the run of literals, or NULL */
} lit;

/* A position in a token's text that tok_pos has reached: fields of an
 * f-string are met in order, so resuming from the last one keeps an
 * f-string with 100,000 fields linear. */
typedef struct pos_memo {
    size_t off;
    int line, col;
} pos_memo;

/* Line/col (byte) of offset off in tok's text, resuming from memo when it
 * is not past off (and moving memo there). */
static void tok_pos(const rt_token *tok, pos_memo *memo, size_t off, int *line, int *col)
{
    int l = tok->line, c = tok->col;
    size_t i = 0;
    if (memo && memo->off <= off) {
        i = memo->off;
        l = memo->line;
        c = memo->col;
    }
    for (; i < off && i < tok->len; i++) {
        if (tok->start[i] == '\n') {
            l++;
            c = 1;
        } else {
            c++;
        }
    }
    if (memo) {
        memo->off = i;
        memo->line = l;
        memo->col = c;
    }
    *line = l;
    *col = c;
}

static void *err_in(rt__parser *p, const lit *L, size_t off, const char *msg)
{
    int line, col;
    tok_pos(L->tok, L->memo, L->body_off + off, &line, &col);
    return rt__parse_error_at(p, "SyntaxError", line, col, line, col, "%s", msg);
}

/* A decoding error of the literal (a bad escape): CPython reports it at the
 * token after the run of literals (the one its parser has read last). */
static void *err_decode(rt__parser *p, const lit *L, const char *msg)
{
    const rt_token *t = L->after;
    if (!t) {
        int line, col;
        tok_pos(L->tok, L->memo, L->tok->len, &line, &col);
        return rt__parse_error_at(p, "SyntaxError", line, col, line, col, "%s", msg);
    }
    bool eol = t->kind == RT_TOK_NEWLINE || t->kind == RT_TOK_ENDMARKER;
    return rt__parse_error_at(p, "SyntaxError", t->line, t->col, t->line, eol ? t->col : t->end_col,
                              "%s", msg);
}

/* Offset off of the body as CPython's unicode_escape decoder counts it in
 * its messages: it decodes a copy where each non-ASCII character is spelled
 * as a backslash, 'U' and eight hex digits (10 bytes). */
static size_t escape_pos(const lit *L, size_t off)
{
    size_t pos = 0;
    for (size_t i = 0; i < off && i < L->len; i++) {
        unsigned char c = (unsigned char)L->body[i];
        if (c < 0x80)
            pos++;
        else if ((c & 0xC0) != 0x80) /* a lead byte */
            pos += L->bytes ? 1 : 10;
    }
    return pos;
}

/* Decodes body[*i] (a backslash) into b; advances *i. Error positions count
 * from body[seg], where the piece being decoded starts (CPython decodes each
 * literal part of an f-string on its own). */
static int decode_escape(rt__parser *p, const lit *L, size_t seg, size_t *ip, sbuf *b)
{
    size_t i = *ip;
    const char *s = L->body;
    size_t n = L->len;
    if (i + 1 >= n) {
        *ip = i + 1;
        return sbuf_put(p, b, "\\", 1);
    }
    char c = s[i + 1];
    i += 2;
    char out;
    switch (c) {
    case '\n': *ip = i; return 0;
    case '\r':
        if (i < n && s[i] == '\n')
            i++;
        *ip = i;
        return 0;
    case '\\': out = '\\'; break;
    case '\'': out = '\''; break;
    case '"': out = '"'; break;
    case 'a': out = '\a'; break;
    case 'b': out = '\b'; break;
    case 'f': out = '\f'; break;
    case 'n': out = '\n'; break;
    case 'r': out = '\r'; break;
    case 't': out = '\t'; break;
    case 'v': out = '\v'; break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
        unsigned v = (unsigned)(c - '0');
        for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
            v = v * 8 + (unsigned)(s[i++] - '0');
        *ip = i;
        if (L->bytes) {
            char ch = (char)(v & 0xFF);
            return sbuf_put(p, b, &ch, 1);
        }
        return put_utf8(p, b, v);
    }
    case 'x':
    case 'u':
    case 'U': {
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (L->bytes && c != 'x')
            goto unknown;
        unsigned long v = 0;
        for (int k = 0; k < digits; k++) {
            int h = i < n ? hexval(s[i]) : -1;
            if (h < 0 && L->bytes) { /* bytes' own decoder words it differently */
                char msg[80];
                snprintf(msg, sizeof msg, "(value error) invalid \\x escape at position %zu",
                         *ip - seg);
                err_decode(p, L, msg);
                return -1;
            }
            if (h < 0) {
                char msg[160];
                snprintf(msg, sizeof msg,
                         "(%s error) '%s' codec can't decode bytes in position %zu-%zu: "
                         "truncated %s escape",
                         L->bytes ? "value" : "unicode", L->bytes ? "bytes" : "unicodeescape",
                         escape_pos(L, *ip) - escape_pos(L, seg),
                         escape_pos(L, i) - escape_pos(L, seg) - 1,
                         c == 'x'   ? "\\xXX"
                         : c == 'u' ? "\\uXXXX"
                                    : "\\UXXXXXXXX");
                err_decode(p, L, msg);
                return -1;
            }
            v = v * 16 + (unsigned long)h;
            i++;
        }
        if (!L->bytes && v > 0x10FFFF) {
            char msg[160];
            snprintf(msg, sizeof msg,
                     "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                     "%zu-%zu: illegal Unicode character",
                     escape_pos(L, *ip) - escape_pos(L, seg),
                     escape_pos(L, i) - escape_pos(L, seg) - 1);
            err_decode(p, L, msg);
            return -1;
        }
        *ip = i;
        if (L->bytes) {
            char ch = (char)v;
            return sbuf_put(p, b, &ch, 1);
        }
        return put_utf8(p, b, v);
    }
    case 'N': {
        if (L->bytes)
            goto unknown;
        /* \N{name}: CPython's unicode_escape reports the bytes from the
         * backslash to where the name ended (or the literal did) */
        const char *why = "malformed \\N character escape";
        size_t end = i;
        if (i < n && s[i] == '{') {
            size_t start = ++i;
            while (i < n && s[i] != '}')
                i++;
            end = i;
            uint32_t cp;
            if (i < n && i > start) {
                end = ++i;
                if (rt_uc_lookup(s + start, i - 1 - start, &cp)) {
                    *ip = i;
                    return put_utf8(p, b, cp);
                }
                why = "unknown Unicode character name";
            }
        }
        char msg[200];
        snprintf(msg, sizeof msg,
                 "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                 "%zu-%zu: %s",
                 escape_pos(L, *ip) - escape_pos(L, seg),
                 escape_pos(L, end) - escape_pos(L, seg) - 1, why);
        err_decode(p, L, msg);
        return -1;
    }
    default:
    unknown:
        /* unknown escape: kept as is (CPython warns) */
        *ip = i - 1;
        return sbuf_put(p, b, "\\", 1);
    }
    *ip = i;
    return sbuf_put(p, b, &out, 1);
}

/* Appends body[from..to) decoded to b. */
static int decode_range(rt__parser *p, const lit *L, size_t from, size_t to, sbuf *b)
{
    size_t i = from;
    while (i < to) {
        if (L->body[i] == '\\' && !L->raw) {
            if (decode_escape(p, L, from, &i, b) < 0)
                return -1;
            continue;
        }
        size_t j = i;
        while (j < to && (L->raw || L->body[j] != '\\'))
            j++;
        if (L->bytes) {
            for (size_t k = i; k < j; k++)
                if ((unsigned char)L->body[k] >= 0x80) {
                    err_in(p, L, 0, "bytes can only contain ASCII literal characters");
                    return -1;
                }
        }
        if (sbuf_put(p, b, L->body + i, j - i) < 0)
            return -1;
        i = j;
    }
    return 0;
}

/* ---- f-strings ---------------------------------------------------------- */

typedef struct parts {
    rt_ast_expr **v;
    int n, cap;
    sbuf pending; /* literal text not yet flushed */
    const rt_token *first;
} parts;

static int parts_push(rt__parser *p, parts *ps, rt_ast_expr *e)
{
    if (ps->n == ps->cap) {
        int nc = ps->cap ? ps->cap * 2 : 4;
        rt_ast_expr **nv = rt_ast_alloc(p->a, (size_t)nc * sizeof *nv);
        if (!nv) {
            rt__parse_oom(p);
            return -1;
        }
        if (ps->n)
            memcpy(nv, ps->v, (size_t)ps->n * sizeof *nv);
        ps->v = nv;
        ps->cap = nc;
    }
    ps->v[ps->n++] = e;
    return 0;
}

static int parts_flush(rt__parser *p, parts *ps)
{
    if (ps->pending.n == 0)
        return 0;
    rt_ast_expr *c = rt__expr_new(p, RT_EXPR_CONSTANT, ps->first);
    if (!c)
        return -1;
    c->u.constant.kind = RT_CONST_STR;
    c->u.constant.s.s = ps->pending.s;
    c->u.constant.s.len = ps->pending.n;
    ps->pending.s = NULL;
    ps->pending.n = ps->pending.cap = 0;
    return parts_push(p, ps, c);
}

static rt_ast_expr *parts_joined(rt__parser *p, parts *ps)
{
    if (parts_flush(p, ps) < 0)
        return NULL;
    rt_ast_expr *j = rt__expr_new(p, RT_EXPR_JOINEDSTR, ps->first);
    if (!j)
        return NULL;
    j->u.joinedstr.values.v = ps->v;
    j->u.joinedstr.values.n = ps->n;
    return j;
}

static int fstring_body(rt__parser *p, const lit *L, size_t *ip, parts *ps, int in_spec);

/* Parses one replacement field; *ip is just after '{'. */
static int fstring_field(rt__parser *p, const lit *L, size_t *ip, parts *ps)
{
    const char *s = L->body;
    size_t n = L->len, i = *ip, start = i;
    if (p->fstring_depth >= 2) {
        err_in(p, L, i, "f-string: expressions nested too deeply");
        return -1;
    }
    /* find the end of the expression */
    int nest = 0;
    char quote = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\\') {
            err_in(p, L, i, "f-string expression part cannot include a backslash");
            return -1;
        }
        if (c == '#') {
            err_in(p, L, i, "f-string expression part cannot include '#'");
            return -1;
        }
        if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '(' || c == '[' || c == '{') {
            nest++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (nest == 0)
                break;
            nest--;
        } else if (nest == 0 && c == '!' && !(i + 1 < n && s[i + 1] == '=')) {
            break;
        } else if (nest == 0 && c == ':') {
            break;
        } else if (nest == 0 && c == '=' && !(i + 1 < n && s[i + 1] == '=') &&
                   !(i > start &&
                     (s[i - 1] == '=' || s[i - 1] == '!' || s[i - 1] == '<' || s[i - 1] == '>'))) {
            break; /* `{expr=}`: the expression's text, then its value */
        }
    }
    if (quote || i >= n) {
        err_in(p, L, i, "f-string: expecting '}'");
        return -1;
    }
    size_t k = start;
    while (k < i && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f'))
        k++;
    if (k == i) {
        err_in(p, L, i, "f-string: empty expression not allowed");
        return -1;
    }
    /* lex and parse the expression on its own */
    int line, col;
    tok_pos(L->tok, L->memo, L->body_off + start, &line, &col);
    rt_lex_opts o = {p->src, p->srclen, line, col, 1};
    rt_token_vec tv;
    if (rt_lex(s + start, i - start, p->filename, &o, &tv) < 0) {
        rt__parse_oom(p);
        return -1;
    }
    rt__parser sub = *p;
    sub.t = tv.v;
    sub.n = tv.n;
    sub.i = 0;
    sub.lexvec = &tv;
    sub.fstring_depth = p->fstring_depth + 1;
    sub.err_prefix = "f-string: ";
    rt_ast_expr *value = rt__parse_fstring_expr(&sub);
    p->failed = sub.failed;
    rt_token_vec_dispose(&tv);
    if (!value)
        return -1;
    rt_ast_expr *fv = rt__expr_new(p, RT_EXPR_FORMATTEDVALUE, L->tok);
    if (!fv)
        return -1;
    fv->pos = value->pos;
    fv->u.formattedvalue.value = value;
    fv->u.formattedvalue.conversion = -1;
    bool self_documenting = s[i] == '=';
    if (self_documenting) {
        /* the text up to the '=' and the whitespace after it, as written */
        i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
                         s[i] == '\f' || s[i] == '\v'))
            i++;
        if (sbuf_put(p, &ps->pending, s + start, i - start) < 0)
            return -1;
        if (i >= n) {
            err_in(p, L, i, "f-string: expecting '}'");
            return -1;
        }
    }
    if (s[i] == '!') {
        i++;
        if (i >= n || (s[i] != 's' && s[i] != 'r' && s[i] != 'a') || i + 1 >= n ||
            (s[i + 1] != ':' && s[i + 1] != '}')) {
            if (i < n && (s[i] == 's' || s[i] == 'r' || s[i] == 'a'))
                err_in(p, L, i + 1, "f-string: expecting '}'");
            else
                err_in(p, L, i,
                       "f-string: invalid conversion character: expected 's', 'r', "
                       "or 'a'");
            return -1;
        }
        fv->u.formattedvalue.conversion = s[i];
        i++;
    }
    if (s[i] == ':') {
        i++;
        parts spec;
        memset(&spec, 0, sizeof spec);
        spec.first = L->tok;
        p->fstring_depth++;
        int r = fstring_body(p, L, &i, &spec, 1);
        p->fstring_depth--;
        if (r < 0)
            return -1;
        rt_ast_expr *js = parts_joined(p, &spec);
        if (!js)
            return -1;
        fv->u.formattedvalue.format_spec = js;
    } else if (self_documenting && fv->u.formattedvalue.conversion == -1) {
        fv->u.formattedvalue.conversion = 'r'; /* `{x=}` shows repr(x) unless told otherwise */
    }
    if (i >= n || s[i] != '}') {
        err_in(p, L, i, "f-string: expecting '}'");
        return -1;
    }
    *ip = i + 1;
    if (parts_flush(p, ps) < 0)
        return -1;
    return parts_push(p, ps, fv);
}

/* Literal text and fields until the end of the body, or (in_spec) until the
 * '}' closing the enclosing field (left unconsumed). */
static int fstring_body(rt__parser *p, const lit *L, size_t *ip, parts *ps, int in_spec)
{
    const char *s = L->body;
    size_t n = L->len, i = *ip;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '{' && s[j] != '}') {
            if (!L->raw && s[j] == '\\' && j + 2 < n && s[j + 1] == 'N' && s[j + 2] == '{') {
                /* \N{name}: its braces are the escape's, not a field's */
                j += 3;
                while (j < n && s[j] != '}')
                    j++;
                j += j < n;
                continue;
            }
            j++;
        }
        if (decode_range(p, L, i, j, &ps->pending) < 0)
            return -1;
        i = j;
        if (i >= n)
            break;
        if (s[i] == '{') {
            if (!in_spec && i + 1 < n && s[i + 1] == '{') {
                if (sbuf_put(p, &ps->pending, "{", 1) < 0)
                    return -1;
                i += 2;
                continue;
            }
            i++;
            if (fstring_field(p, L, &i, ps) < 0)
                return -1;
            continue;
        }
        /* '}' */
        if (in_spec)
            break;
        if (i + 1 < n && s[i + 1] == '}') {
            if (sbuf_put(p, &ps->pending, "}", 1) < 0)
                return -1;
            i += 2;
            continue;
        }
        err_in(p, L, i + 1, "f-string: single '}' is not allowed");
        return -1;
    }
    *ip = i;
    return 0;
}

/* ---- the token run ------------------------------------------------------ */

static void split_literal(const rt_token *t, lit *L)
{
    memset(L, 0, sizeof *L);
    L->tok = t;
    size_t k = 0;
    while (t->start[k] != '\'' && t->start[k] != '"') {
        char c = (char)(t->start[k] | 0x20);
        if (c == 'r')
            L->raw = 1;
        else if (c == 'b')
            L->bytes = 1;
        else if (c == 'f')
            L->fmt = 1;
        k++;
    }
    char q = t->start[k];
    size_t ql = (t->len - k >= 6 && t->start[k + 1] == q && t->start[k + 2] == q) ? 3 : 1;
    L->body_off = k + ql;
    L->body = t->start + k + ql;
    L->len = t->len - k - 2 * ql;
}

rt_ast_expr *rt__parse_strings(rt__parser *p)
{
    const rt_token *first = &p->t[p->i];
    size_t end = p->i;
    int any_fmt = 0, any_bytes = 0, any_str = 0;
    while (end < p->n && p->t[end].kind == RT_TOK_STRING) {
        lit L;
        split_literal(&p->t[end], &L);
        any_fmt |= L.fmt;
        if (L.bytes)
            any_bytes = 1;
        else
            any_str = 1;
        if (any_bytes && any_str) {
            const rt_token *t = &p->t[end];
            return rt__parse_error_at(p, "SyntaxError", t->line, t->col, t->line, t->col,
                                      "cannot mix bytes and nonbytes literals");
        }
        end++;
    }
    parts ps;
    memset(&ps, 0, sizeof ps);
    ps.first = first;
    for (size_t k = p->i; k < end; k++) {
        lit L;
        split_literal(&p->t[k], &L);
        pos_memo memo = {0, p->t[k].line, p->t[k].col};
        L.memo = &memo;
        L.after = end < p->n ? &p->t[end] : NULL;
        if (L.fmt) {
            size_t i = 0;
            if (fstring_body(p, &L, &i, &ps, 0) < 0)
                return NULL;
        } else if (decode_range(p, &L, 0, L.len, &ps.pending) < 0) {
            return NULL;
        }
    }
    p->i = end;
    const rt_token *last = &p->t[end - 1];
    rt_ast_expr *e;
    if (any_fmt) {
        e = parts_joined(p, &ps);
    } else {
        e = rt__expr_new(p, RT_EXPR_CONSTANT, first);
        if (e) {
            e->u.constant.kind = any_bytes ? RT_CONST_BYTES : RT_CONST_STR;
            e->u.constant.s.s = ps.pending.s ? ps.pending.s : "";
            e->u.constant.s.len = ps.pending.n;
        }
    }
    if (e) {
        e->pos.end_line = last->end_line;
        e->pos.end_col = last->end_col;
    }
    return e;
}
