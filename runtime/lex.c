/* lex.c: the tokenizer: source bytes -> rt_token array, CPython's rules and messages. */
#include "runtime/lex.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_INDENT 100 /* CPython's MAXINDENT */
#define MAX_LEVEL 200  /* CPython's MAXLEVEL */

static const char *const kind_names[] = {
#define RT_X(k, s) #k,
    RT_TOKEN_KINDS(RT_X)
#undef RT_X
};
static const char *const kind_texts[] = {
#define RT_X(k, s) s,
    RT_TOKEN_KINDS(RT_X)
#undef RT_X
};

const char *rt_tok_kind_name(rt_tok_kind k)
{
    return (unsigned)k < RT_TOK__COUNT ? kind_names[k] : "?";
}

const char *rt_tok_kind_text(rt_tok_kind k)
{
    return (unsigned)k < RT_TOK__COUNT ? kind_texts[k] : "";
}

/* ---- errors ------------------------------------------------------------- */

static void copy_trunc(char *dst, size_t cap, const char *src, size_t n)
{
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = 0;
}

/* Code points in line[0..nbytes): CPython's byte -> character offset. */
static int char_count(const char *line, size_t nbytes)
{
    int n = 0;
    for (size_t i = 0; i < nbytes; i++)
        if (((unsigned char)line[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* Finds the start and length of 1-based line number `line` in src. */
static const char *find_line(const char *src, size_t len, int line, size_t *out_len)
{
    const char *p = src, *end = src + len;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            p = end;
            break;
        }
        p = nl + 1;
    }
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    *out_len = (size_t)(e - p);
    return p;
}

#if defined(__GNUC__)
__attribute__((format(printf, 10, 0)))
#endif
static void
verr_set(rt_syntax_error *err, const char *type, const char *filename, const char *src, size_t len,
         int line, int bcol, int end_line, int end_bcol, const char *fmt, va_list ap)
{
    memset(err, 0, sizeof *err);
    copy_trunc(err->type, sizeof err->type, type, strlen(type));
    if (filename)
        copy_trunc(err->filename, sizeof err->filename, filename, strlen(filename));
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    err->line = line;
    err->end_line = end_line;
    size_t ll = 0;
    const char *l = src ? find_line(src, len, line, &ll) : NULL;
    if (l) {
        copy_trunc(err->text, sizeof err->text, l, ll);
        size_t b = bcol > 0 ? (size_t)(bcol - 1) : 0;
        err->col = char_count(l, b < ll ? b : ll) + 1 + (b > ll ? (int)(b - ll) : 0);
    } else {
        err->col = bcol;
    }
    err->end_col = 0;
    if (end_line > 0 && end_bcol > 0 && src) {
        size_t el = 0;
        const char *e = find_line(src, len, end_line, &el);
        size_t b = (size_t)(end_bcol - 1);
        err->end_col = char_count(e, b < el ? b : el) + 1 + (b > el ? (int)(b - el) : 0);
    }
}

void rt__syntax_error_set(rt_syntax_error *err, const char *type, const char *filename,
                          const char *src, size_t len, int line, int bcol, int end_line,
                          int end_bcol, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verr_set(err, type, filename, src, len, line, bcol, end_line, end_bcol, fmt, ap);
    va_end(ap);
}

void rt_syntax_error_print(FILE *out, const rt_syntax_error *err)
{
    fprintf(out, "  File \"%s\", line %d\n", err->filename, err->line);
    if (err->text[0]) {
        /* CPython strips leading whitespace and shifts the caret. */
        const char *t = err->text;
        int skipped = 0;
        while (*t == ' ' || *t == '\t' || *t == '\f') {
            t++;
            skipped++;
        }
        fprintf(out, "    %s\n", t);
        int col = err->col - skipped;
        if (col < 1)
            col = 1;
        int width = 1; /* CPython marks an IndentationError (and TabError) with one caret */
        bool one_caret =
            strcmp(err->type, "IndentationError") == 0 || strcmp(err->type, "TabError") == 0;
        if (!one_caret && err->end_line == err->line && err->end_col > err->col)
            width = err->end_col - err->col;
        fprintf(out, "    %*s", col - 1, "");
        for (int i = 0; i < width; i++)
            fputc('^', out);
        fputc('\n', out);
    }
    fprintf(out, "%s: %s\n", err->type, err->msg);
}

/* ---- lexer state -------------------------------------------------------- */

typedef struct lexer {
    const char *src, *p, *end;
    const char *whole;
    size_t whole_len;
    const char *filename;
    int line;
    const char *line_start; /* where column 1 of `line` is */
    int first_line_col0;    /* added to columns on the first line */
    int in_brackets_mode;
    int at_bol;
    int indents[MAX_INDENT + 1], alt_indents[MAX_INDENT + 1];
    int nindent;
    struct {
        char c;
        int line, col;
    } brackets[MAX_LEVEL];
    int level;
    rt_token_vec *out;
    int oom;
} lexer;

static int col_of(const lexer *lx, const char *p)
{
    int c = (int)(p - lx->line_start) + 1;
    if (lx->line_start == lx->src)
        c += lx->first_line_col0;
    return c;
}

static rt_token *push(lexer *lx, rt_tok_kind k, const char *start, const char *stop, int line,
                      int col)
{
    rt_token_vec *v = lx->out;
    if (v->n == v->cap) {
        size_t nc = v->cap ? v->cap * 2 : 256;
        rt_token *nv = realloc(v->v, nc * sizeof *nv);
        if (!nv) {
            lx->oom = 1;
            return NULL;
        }
        v->v = nv;
        v->cap = nc;
    }
    rt_token *t = &v->v[v->n++];
    t->kind = k;
    t->start = start;
    t->len = (size_t)(stop - start);
    t->line = line;
    t->col = col;
    t->end_line = lx->line;
    t->end_col = col_of(lx, stop);
    return t;
}

/* Records a tokenizer error at (line, bcol) and ends the token stream. */
#if defined(__GNUC__)
__attribute__((format(printf, 7, 8)))
#endif
static void
fail(lexer *lx, const char *type, int line, int bcol, int end_line, int end_col, const char *fmt,
     ...)
{
    lx->out->failed = 1;
    va_list ap;
    va_start(ap, fmt);
    verr_set(&lx->out->err, type, lx->filename, lx->whole, lx->whole_len, line, bcol, end_line,
             end_col, fmt, ap);
    va_end(ap);
    rt_token *t = push(lx, RT_TOK_ERRORTOKEN, lx->p, lx->p, line, bcol);
    if (t) {
        t->end_line = line;
        t->end_col = bcol;
    }
}

static int is_id_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static int is_id_char(unsigned char c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

static void newline_at(lexer *lx, const char *after_nl)
{
    lx->line++;
    lx->line_start = after_nl;
}

static rt_tok_kind keyword_kind(const char *s, size_t n)
{
    for (int k = RT_TOK_KW_FALSE; k < RT_TOK__COUNT; k++) {
        const char *t = kind_texts[k];
        if (strlen(t) == n && memcmp(t, s, n) == 0)
            return (rt_tok_kind)k;
    }
    return RT_TOK_NAME;
}

/* Is s[0..n) a valid string prefix (r, u, b, f, br, rb, fr, rf; any case)? */
static int is_string_prefix(const char *s, size_t n)
{
    int r = 0, b = 0, f = 0, u = 0;
    if (n > 2)
        return 0;
    for (size_t i = 0; i < n; i++) {
        switch (s[i] | 0x20) {
        case 'r': r++; break;
        case 'b': b++; break;
        case 'f': f++; break;
        case 'u': u++; break;
        default: return 0;
        }
    }
    if (r > 1 || b > 1 || f > 1 || u > 1 || (b && f) || (u && n > 1))
        return 0;
    return 1;
}

/* ---- pieces ------------------------------------------------------------- */

/* Scans a string starting at its quote lx->p (the prefix starts at pstart). */
static int lex_string(lexer *lx, const char *pstart, int line, int col)
{
    char q = *lx->p;
    int triple = lx->end - lx->p >= 3 && lx->p[1] == q && lx->p[2] == q;
    lx->p += triple ? 3 : 1;
    for (;;) {
        if (lx->p >= lx->end) {
            if (lx->line_start == lx->end && lx->line > line)
                lx->line--; /* CPython counts the last line, not the empty one after it */
            if (triple)
                fail(lx, "SyntaxError", line, col, line, col,
                     "unterminated triple-quoted string literal (detected at line %d)", lx->line);
            else
                fail(lx, "SyntaxError", line, col, line, col,
                     "unterminated string literal (detected at line %d)", lx->line);
            return -1;
        }
        char c = *lx->p;
        if (c == '\\') {
            lx->p++;
            if (lx->p < lx->end) {
                if (*lx->p == '\r' && lx->p + 1 < lx->end && lx->p[1] == '\n')
                    lx->p++;
                if (*lx->p == '\n' || *lx->p == '\r')
                    newline_at(lx, lx->p + 1);
                lx->p++;
            }
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                fail(lx, "SyntaxError", line, col, line, col,
                     "unterminated string literal (detected at line %d)", lx->line);
                return -1;
            }
            if (c == '\r' && lx->p + 1 < lx->end && lx->p[1] == '\n')
                lx->p++;
            lx->p++;
            newline_at(lx, lx->p);
            continue;
        }
        if (c == q) {
            if (!triple) {
                lx->p++;
                break;
            }
            if (lx->end - lx->p >= 3 && lx->p[1] == q && lx->p[2] == q) {
                lx->p += 3;
                break;
            }
        }
        lx->p++;
    }
    return push(lx, RT_TOK_STRING, pstart, lx->p, line, col) ? 0 : -1;
}

static int isdig(char c, int base)
{
    switch (base) {
    case 16: return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    case 8: return c >= '0' && c <= '7';
    case 2: return c == '0' || c == '1';
    default: return c >= '0' && c <= '9';
    }
}

/* Digits with single underscores between them. Returns 0 if none read,
 * -1 after an error was reported. */
static int scan_digits(lexer *lx, int base, int line, int col)
{
    const char *s = lx->p;
    while (lx->p < lx->end) {
        if (isdig(*lx->p, base)) {
            lx->p++;
        } else if (*lx->p == '_' && lx->p > s && lx->p + 1 < lx->end && isdig(lx->p[1], base)) {
            lx->p++;
        } else {
            break;
        }
    }
    if (lx->p < lx->end && *lx->p == '_') {
        lx->p++;
        fail(lx, "SyntaxError", line, col_of(lx, lx->p) - 1, 0, 0, "invalid %s literal",
             base == 16  ? "hexadecimal"
             : base == 8 ? "octal"
             : base == 2 ? "binary"
                         : "decimal");
        return -1;
    }
    (void)col;
    return lx->p > s;
}

static int bad_number_end(lexer *lx, const char *what, int line)
{
    if (lx->p < lx->end && is_id_char((unsigned char)*lx->p)) {
        /* CPython points at the offending character. */
        int c = col_of(lx, lx->p);
        lx->p++;
        fail(lx, "SyntaxError", line, c, 0, 0, "invalid %s literal", what);
        return -1;
    }
    return 0;
}

static int lex_number(lexer *lx, int line, int col)
{
    const char *s = lx->p;
    if (*lx->p == '0' && lx->p + 1 < lx->end && strchr("xXoObB", lx->p[1]) && lx->p[1] != 0) {
        char k = (char)(lx->p[1] | 0x20);
        int base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
        const char *what = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        lx->p += 2;
        if (lx->p < lx->end && *lx->p == '_')
            lx->p++;
        int r = scan_digits(lx, base, line, col);
        if (r < 0)
            return -1;
        if (r == 0 || (lx->p < lx->end && isdig(*lx->p, 10))) {
            int c = col_of(lx, lx->p);
            if (lx->p < lx->end)
                lx->p++;
            if (r == 0 && !(lx->p <= lx->end && c > 0))
                c = col;
            fail(lx, "SyntaxError", line, c, 0, 0, "invalid %s literal", what);
            return -1;
        }
        if (bad_number_end(lx, what, line) < 0)
            return -1;
        return push(lx, RT_TOK_NUMBER, s, lx->p, line, col) ? 0 : -1;
    }
    int is_float = 0;
    if (*lx->p != '.') {
        if (scan_digits(lx, 10, line, col) < 0)
            return -1;
    }
    if (lx->p < lx->end && *lx->p == '.') {
        is_float = 1;
        lx->p++;
        if (lx->p < lx->end && isdig(*lx->p, 10) && scan_digits(lx, 10, line, col) < 0)
            return -1;
    }
    if (lx->p < lx->end && (*lx->p | 0x20) == 'e') {
        const char *e = lx->p;
        lx->p++;
        if (lx->p < lx->end && (*lx->p == '+' || *lx->p == '-'))
            lx->p++;
        if (lx->p >= lx->end || !isdig(*lx->p, 10)) {
            if (lx->p < lx->end && !is_id_char((unsigned char)*lx->p) && *lx->p != '+' &&
                *lx->p != '-' && e[1] != '+' && e[1] != '-') {
                /* `1e` followed by punctuation: CPython says invalid decimal literal */
            }
            fail(lx, "SyntaxError", line, col_of(lx, e), 0, 0, "invalid decimal literal");
            return -1;
        }
        if (scan_digits(lx, 10, line, col) < 0)
            return -1;
        is_float = 1;
    }
    if (lx->p < lx->end && (*lx->p | 0x20) == 'j') {
        lx->p++;
    } else if (!is_float && lx->p - s > 1 && s[0] == '0') {
        for (const char *q = s; q < lx->p; q++) {
            if (*q != '0' && *q != '_') {
                fail(lx, "SyntaxError", line, col, line, col_of(lx, lx->p),
                     "leading zeros in decimal integer literals are not permitted; use an "
                     "0o prefix for octal integers");
                return -1;
            }
        }
    }
    if (bad_number_end(lx, "decimal", line) < 0)
        return -1;
    return push(lx, RT_TOK_NUMBER, s, lx->p, line, col) ? 0 : -1;
}

static const struct {
    const char *s;
    rt_tok_kind k;
} ops[] = {
    {"**=", RT_TOK_DOUBLESTAREQUAL},
    {"//=", RT_TOK_DOUBLESLASHEQUAL},
    {"<<=", RT_TOK_LEFTSHIFTEQUAL},
    {">>=", RT_TOK_RIGHTSHIFTEQUAL},
    {"...", RT_TOK_ELLIPSIS},
    {"==", RT_TOK_EQEQUAL},
    {"!=", RT_TOK_NOTEQUAL},
    {"<=", RT_TOK_LESSEQUAL},
    {">=", RT_TOK_GREATEREQUAL},
    {"<<", RT_TOK_LEFTSHIFT},
    {">>", RT_TOK_RIGHTSHIFT},
    {"**", RT_TOK_DOUBLESTAR},
    {"+=", RT_TOK_PLUSEQUAL},
    {"-=", RT_TOK_MINEQUAL},
    {"*=", RT_TOK_STAREQUAL},
    {"/=", RT_TOK_SLASHEQUAL},
    {"%=", RT_TOK_PERCENTEQUAL},
    {"&=", RT_TOK_AMPEREQUAL},
    {"|=", RT_TOK_VBAREQUAL},
    {"^=", RT_TOK_CIRCUMFLEXEQUAL},
    {"//", RT_TOK_DOUBLESLASH},
    {"@=", RT_TOK_ATEQUAL},
    {"->", RT_TOK_RARROW},
    {":=", RT_TOK_COLONEQUAL},
    {"(", RT_TOK_LPAR},
    {")", RT_TOK_RPAR},
    {"[", RT_TOK_LSQB},
    {"]", RT_TOK_RSQB},
    {"{", RT_TOK_LBRACE},
    {"}", RT_TOK_RBRACE},
    {":", RT_TOK_COLON},
    {",", RT_TOK_COMMA},
    {";", RT_TOK_SEMI},
    {"+", RT_TOK_PLUS},
    {"-", RT_TOK_MINUS},
    {"*", RT_TOK_STAR},
    {"/", RT_TOK_SLASH},
    {"|", RT_TOK_VBAR},
    {"&", RT_TOK_AMPER},
    {"<", RT_TOK_LESS},
    {">", RT_TOK_GREATER},
    {"=", RT_TOK_EQUAL},
    {".", RT_TOK_DOT},
    {"%", RT_TOK_PERCENT},
    {"~", RT_TOK_TILDE},
    {"^", RT_TOK_CIRCUMFLEX},
    {"@", RT_TOK_AT},
};

static int lex_op(lexer *lx, int line, int col)
{
    size_t avail = (size_t)(lx->end - lx->p);
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        size_t n = strlen(ops[i].s);
        if (n > avail || memcmp(lx->p, ops[i].s, n) != 0)
            continue;
        rt_tok_kind k = ops[i].k;
        const char *s = lx->p;
        char c = *s;
        if (c == '(' || c == '[' || c == '{') {
            if (lx->level >= MAX_LEVEL) {
                fail(lx, "SyntaxError", line, col, 0, 0, "too many nested parentheses");
                return -1;
            }
            lx->brackets[lx->level].c = c;
            lx->brackets[lx->level].line = line;
            lx->brackets[lx->level].col = col;
            lx->level++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (lx->level == 0) {
                char b[2] = {c, 0};
                fail(lx, "SyntaxError", line, col, line, col, "unmatched '%s'", b);
                return -1;
            }
            char o = lx->brackets[lx->level - 1].c;
            if (!((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}'))) {
                char msg[128];
                if (lx->brackets[lx->level - 1].line != line)
                    snprintf(msg, sizeof msg,
                             "closing parenthesis '%c' does not match opening parenthesis '%c' "
                             "on line %d",
                             c, o, lx->brackets[lx->level - 1].line);
                else
                    snprintf(msg, sizeof msg,
                             "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                             o);
                fail(lx, "SyntaxError", line, col, line, col, "%s", msg);
                return -1;
            }
            lx->level--;
        }
        lx->p += n;
        return push(lx, k, s, lx->p, line, col) ? 0 : -1;
    }
    return 1;
}

/* At the start of a logical line: measure indentation, emit INDENT/DEDENT.
 * Returns 1 if the line is blank (skip it), 0 to go on, -1 on error. */
static int lex_indent(lexer *lx)
{
    int colw = 0, alt = 0;
    const char *p = lx->p;
    for (; p < lx->end; p++) {
        if (*p == ' ') {
            colw++;
            alt++;
        } else if (*p == '\t') {
            colw = (colw / 8 + 1) * 8;
            alt++;
        } else if (*p == '\f') {
            colw = alt = 0;
        } else {
            break;
        }
    }
    lx->p = p;
    if (p >= lx->end || *p == '#' || *p == '\n' || *p == '\r' || (*p == '\\' && 0))
        return 1; /* blank or comment-only line: no tokens, no indentation */
    int line = lx->line, col = col_of(lx, p);
    int top = lx->indents[lx->nindent];
    if (colw == top) {
        if (alt != lx->alt_indents[lx->nindent])
            goto tab_error;
    } else if (colw > top) {
        if (lx->nindent + 1 >= MAX_INDENT) {
            fail(lx, "IndentationError", line, col, 0, 0, "too many levels of indentation");
            return -1;
        }
        if (alt <= lx->alt_indents[lx->nindent])
            goto tab_error;
        lx->nindent++;
        lx->indents[lx->nindent] = colw;
        lx->alt_indents[lx->nindent] = alt;
        if (!push(lx, RT_TOK_INDENT, lx->line_start, p, line, 1))
            return -1;
    } else {
        while (lx->nindent > 0 && colw < lx->indents[lx->nindent]) {
            lx->nindent--;
            if (!push(lx, RT_TOK_DEDENT, p, p, line, col))
                return -1;
        }
        if (colw != lx->indents[lx->nindent]) {
            fail(lx, "IndentationError", line, (int)(p - lx->line_start) + 2, line, -1,
                 "unindent does not match any outer indentation level");
            return -1;
        }
        if (alt != lx->alt_indents[lx->nindent])
            goto tab_error;
    }
    return 0;
tab_error:
    fail(lx, "TabError", line, 1, line, 0, "inconsistent use of tabs and spaces in indentation");
    return -1;
}

static int last_kind(const lexer *lx)
{
    return lx->out->n ? (int)lx->out->v[lx->out->n - 1].kind : -1;
}

static int lex_all(lexer *lx)
{
    for (;;) {
        if (lx->oom)
            return -1;
        if (lx->at_bol && lx->level == 0 && !lx->in_brackets_mode) {
            int r = lex_indent(lx);
            if (r < 0)
                return -1;
            lx->at_bol = 0;
            if (r == 1) {
                /* blank line: skip to its end (comment included) */
                while (lx->p < lx->end && *lx->p != '\n' && *lx->p != '\r')
                    lx->p++;
                if (lx->p >= lx->end)
                    goto eof;
                if (*lx->p == '\r' && lx->p + 1 < lx->end && lx->p[1] == '\n')
                    lx->p++;
                lx->p++;
                newline_at(lx, lx->p);
                lx->at_bol = 1;
                continue;
            }
        }
        /* skip whitespace */
        while (lx->p < lx->end && (*lx->p == ' ' || *lx->p == '\t' || *lx->p == '\f'))
            lx->p++;
        if (lx->p >= lx->end)
            goto eof;
        char c = *lx->p;
        int line = lx->line, col = col_of(lx, lx->p);
        if (c == '#') {
            while (lx->p < lx->end && *lx->p != '\n' && *lx->p != '\r')
                lx->p++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            const char *s = lx->p;
            if (c == '\r' && lx->p + 1 < lx->end && lx->p[1] == '\n')
                lx->p++;
            lx->p++;
            if (lx->level == 0 && !lx->in_brackets_mode) {
                rt_token *t = push(lx, RT_TOK_NEWLINE, s, lx->p, line, col);
                if (!t)
                    return -1;
                t->end_line = line;
                t->end_col = col + 1;
                lx->at_bol = 1;
            }
            newline_at(lx, lx->p);
            continue;
        }
        if (c == '\\') {
            const char *q = lx->p + 1;
            if (q < lx->end && *q == '\r' && q + 1 < lx->end && q[1] == '\n')
                q++;
            if (q >= lx->end) {
                lx->p = q;
                fail(lx, "SyntaxError", line, col + 1, 0, 0, "unexpected EOF while parsing");
                return -1;
            }
            if (*q != '\n' && *q != '\r') {
                fail(lx, "SyntaxError", line, col + 1, 0, 0,
                     "unexpected character after line continuation character");
                return -1;
            }
            lx->p = q + 1;
            newline_at(lx, lx->p);
            continue;
        }
        if (is_id_start((unsigned char)c)) {
            const char *s = lx->p;
            while (lx->p < lx->end && is_id_char((unsigned char)*lx->p))
                lx->p++;
            size_t n = (size_t)(lx->p - s);
            if (lx->p < lx->end && (*lx->p == '\'' || *lx->p == '"') && is_string_prefix(s, n)) {
                if (lex_string(lx, s, line, col) < 0)
                    return -1;
                continue;
            }
            if (!push(lx, keyword_kind(s, n), s, lx->p, line, col))
                return -1;
            continue;
        }
        if ((c >= '0' && c <= '9') ||
            (c == '.' && lx->p + 1 < lx->end && lx->p[1] >= '0' && lx->p[1] <= '9')) {
            if (lex_number(lx, line, col) < 0)
                return -1;
            continue;
        }
        if (c == '\'' || c == '"') {
            if (lex_string(lx, lx->p, line, col) < 0)
                return -1;
            continue;
        }
        int r = lex_op(lx, line, col);
        if (r < 0)
            return -1;
        if (r == 0)
            continue;
        /* Unknown character: an ERRORTOKEN the parser reports as invalid syntax. */
        const char *s = lx->p;
        lx->p++;
        if (!push(lx, RT_TOK_ERRORTOKEN, s, lx->p, line, col))
            return -1;
    }
eof:
    if (lx->level > 0 && !lx->in_brackets_mode) {
        char b[2] = {lx->brackets[lx->level - 1].c, 0};
        int bl = lx->brackets[lx->level - 1].line, bc = lx->brackets[lx->level - 1].col;
        fail(lx, "SyntaxError", bl, bc, 0, 0, "'%s' was never closed", b);
        lx->out->unclosed_at_eof = 1;
        return lx->oom ? -1 : 0;
    }
    if (!lx->in_brackets_mode) {
        int lk = last_kind(lx);
        if (lk != -1 && lk != RT_TOK_NEWLINE && lk != RT_TOK_DEDENT && lk != RT_TOK_INDENT) {
            rt_token *t = push(lx, RT_TOK_NEWLINE, lx->p, lx->p, lx->line, col_of(lx, lx->p));
            if (!t)
                return -1;
        }
        while (lx->nindent > 0) {
            lx->nindent--;
            if (!push(lx, RT_TOK_DEDENT, lx->p, lx->p, lx->line + (lx->line_start != lx->p), 1))
                return -1;
        }
    }
    rt_token *t = push(lx, RT_TOK_ENDMARKER, lx->p, lx->p, lx->line, col_of(lx, lx->p));
    return t ? 0 : -1;
}

int rt_lex(const char *src, size_t len, const char *filename, const rt_lex_opts *opts,
           rt_token_vec *out)
{
    lexer lx;
    memset(&lx, 0, sizeof lx);
    memset(out, 0, sizeof *out);
    lx.src = lx.p = lx.line_start = src;
    lx.end = src + len;
    lx.whole = src;
    lx.whole_len = len;
    lx.filename = filename;
    lx.line = 1;
    lx.at_bol = 1;
    lx.out = out;
    if (opts) {
        if (opts->whole) {
            lx.whole = opts->whole;
            lx.whole_len = opts->whole_len;
        }
        if (opts->line > 0)
            lx.line = opts->line;
        if (opts->col > 0)
            lx.first_line_col0 = opts->col - 1;
        lx.in_brackets_mode = opts->in_brackets;
        if (lx.in_brackets_mode)
            lx.at_bol = 0;
    }
    if (!opts || !opts->in_brackets) {
        if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
            lx.p = lx.line_start = src + 3;
    }
    int r = lex_all(&lx);
    (void)r;
    if (lx.oom) {
        rt_token_vec_dispose(out);
        return -1;
    }
    return 0;
}

void rt_token_vec_dispose(rt_token_vec *v)
{
    free(v->v);
    v->v = NULL;
    v->n = v->cap = 0;
}
