/* exc_format.c: the text of an uncaught exception as CPython 3.11 prints
 * it (pythonrun.c's print_exception_recursive): the chain of causes and
 * contexts oldest first, each with its traceback, SyntaxError site, last
 * line and notes, and exception groups drawn as nested boxes ("+-+---- 1
 * ----", "| " margins), at most 15 members per group and 10 levels deep. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

void rt__syntax_site_append(rt_strbuf *sb, const char *filename, int line, int col, int end_line,
                            int end_col, const char *text)
{
    if (line > 0) {
        char head[512];
        snprintf(head, sizeof head, "  File \"%s\", line %d\n", filename, line);
        rt_strbuf_append_cstr(sb, head);
    }
    if (text && text[0]) {
        const char *t = text;
        int skipped = 0;
        while (*t == ' ' || *t == '\t' || *t == '\f') {
            t++;
            skipped++;
        }
        size_t tl = strlen(t);
        while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\r' || t[tl - 1] == '\n'))
            tl--;
        rt_strbuf_append(sb, "    ", 4);
        rt_strbuf_append(sb, t, tl);
        rt_strbuf_append_char(sb, '\n');
        if (col > 0) {
            int c = col - 1 - skipped;
            if (c < 0)
                c = 0;
            int width = 1;
            if (end_line == line && end_col > col)
                width = end_col - col;
            rt_strbuf_append(sb, "    ", 4);
            for (int i = 0; i < c; i++)
                rt_strbuf_append_char(sb, ' ');
            for (int i = 0; i < width; i++)
                rt_strbuf_append_char(sb, '^');
            rt_strbuf_append_char(sb, '\n');
        }
    }
}

int rt_exc_format_last_line(rt_state *rt, rt_value ev, rt_strbuf *sb)
{
    rt_exc *e = rt_exc_of(ev);
    rt_type_obj *to = rt_type_obj_of(e->cls);
    if (to->tflags & RT_TF_HEAP) {
        /* CPython prints module.qualname, the module left out for __main__ */
        rt_value mod = to->dict ? rt_dict_get(rt, to->dict, rt->ids[RT_ID_module]) : RT_NULL;
        if (mod && rt_is_str(mod) && strcmp(rt_str_data(mod), "__main__") &&
            strcmp(rt_str_data(mod), "builtins")) {
            rt_strbuf_append_cstr(sb, rt_str_data(mod));
            rt_strbuf_append_char(sb, '.');
        }
        if (rt_strbuf_append_cstr(sb, rt_str_data(to->qualname ? to->qualname : to->name)) < 0)
            return -1;
    } else if (rt_strbuf_append_cstr(sb, rt_type_obj_name(e->cls)) < 0) {
        return -1;
    }
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    /* a SyntaxError's last line is its msg alone: the site is printed above */
    rt_value s =
        rt__exc_syntax_detail(rt, ev) ? rt_str(rt, rt_tuple_get(e->args, 0)) : rt_str(rt, ev);
    if (!s) {
        rt_exc_clear(rt);
        rt->exc = saved;
        return rt_strbuf_append_cstr(sb, ": <exception str() failed>");
    }
    rt->exc = saved;
    int r = 0;
    if (rt_str_len(s))
        r = rt_strbuf_append(sb, ": ", 2) | rt_strbuf_append(sb, rt_str_data(s), rt_str_len(s));
    rt_decref(rt, s);
    return r < 0 ? -1 : 0;
}

/* Appends "    <line stripped>\n" for line `line` of src, when it exists. */
static void source_line(rt_strbuf *sb, const char *src, size_t len, int line, uint32_t cols)
{
    if (!src || line <= 0)
        return;
    int ln = 1;
    size_t i = 0;
    while (i < len && ln < line) {
        if (src[i] == '\n')
            ln++;
        i++;
    }
    if (ln != line || i >= len)
        return;
    size_t j = i;
    while (j < len && src[j] != '\n')
        j++;
    while (i < j && (src[i] == ' ' || src[i] == '\t'))
        i++;
    while (j > i && (src[j - 1] == ' ' || src[j - 1] == '\t' || src[j - 1] == '\r'))
        j--;
    if (j == i)
        return;
    rt_strbuf_append(sb, "    ", 4);
    rt_strbuf_append(sb, src + i, j - i);
    rt_strbuf_append_char(sb, '\n');
    size_t start = i, end = j;
    while (start > 0 && src[start - 1] != '\n')
        start--;
    while (end < len && src[end] != '\n')
        end++;
    rt__tb_carets(sb, src + start, end - start, cols);
}

static void repeated(rt_strbuf *sb, int count)
{
    if (count <= 3)
        return;
    char line[96];
    snprintf(line, sizeof line, "  [Previous line repeated %d more time%s]\n", count - 3,
             count - 3 == 1 ? "" : "s");
    rt_strbuf_append_cstr(sb, line);
}

/* An open-addressing set of the exceptions met in a chain (pointers, 0 =
 * empty): CPython prints each exception of a looping chain once. */
typedef struct exc_set {
    rt_value *slot;
    size_t cap, n; /* cap: a power of two, more than twice n; 0 before the first add */
} exc_set;

static bool exc_set_has(const exc_set *s, rt_value e)
{
    if (!s->cap)
        return false;
    for (size_t h = ((size_t)e >> 4) & (s->cap - 1); s->slot[h]; h = (h + 1) & (s->cap - 1))
        if (s->slot[h] == e)
            return true;
    return false;
}

/* Adds e (not yet in s): 0, or -1 when the host is out of memory. */
static int exc_set_add(exc_set *s, rt_value e)
{
    if (2 * (s->n + 1) >= s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : 64;
        rt_value *ns = calloc(ncap, sizeof *ns);
        if (!ns)
            return -1;
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->slot[i])
                continue;
            size_t h = ((size_t)s->slot[i] >> 4) & (ncap - 1);
            while (ns[h])
                h = (h + 1) & (ncap - 1);
            ns[h] = s->slot[i];
        }
        free(s->slot);
        s->slot = ns;
        s->cap = ncap;
    }
    size_t h = ((size_t)e >> 4) & (s->cap - 1);
    while (s->slot[h])
        h = (h + 1) & (s->cap - 1);
    s->slot[h] = e;
    s->n++;
    return 0;
}

/* ---- the printer ------------------------------------------------------------ */

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10
/* Exceptions printed inside groups at most (a group may hold one exception
 * many times, at every level: the text would grow as 15^10); the rest is
 * left out. */
#define MAX_PRINTED 100000

/* CPython's exception_print_context: the group nesting (lines indented by
 * 2 * depth, after the margin "| " inside a group), whether the innermost
 * group still owes its closing line, and the exceptions already printed. */
typedef struct printer {
    rt_state *rt;
    rt_strbuf *sb;
    const char *source;
    size_t source_len;
    exc_set seen;
    int depth;
    bool need_close;
    long printed;
    int failed;     /* the host ran out of memory */
    bool no_source; /* no source lines under the entries */
    bool hints;     /* "Did you mean" hints (the uncaught report only, as CPython 3.11) */
} printer;

static void put(printer *p, const char *s, size_t n)
{
    if (rt_strbuf_append(p->sb, s, n) < 0)
        p->failed = 1;
}

static void put_cstr(printer *p, const char *s)
{
    put(p, s, strlen(s));
}

static void put_indent(printer *p)
{
    for (int i = 0; i < p->depth; i++)
        put(p, "  ", 2);
}

/* The indent and, inside a group, the margin. */
static void put_margin(printer *p)
{
    put_indent(p);
    if (p->depth)
        put(p, "| ", 2);
}

/* Appends text, each of its lines after the margin. */
static void put_lines(printer *p, const char *text, size_t len)
{
    if (!p->depth) {
        put(p, text, len);
        return;
    }
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && text[j] != '\n')
            j++;
        put_margin(p);
        put(p, text + i, j < len ? j + 1 - i : j - i);
        i = j + 1;
    }
}

/* True when filename names the main script whose text p->source is: the
 * runtime keeps the script's name after its text's terminating 0 (state.c).
 * Other files the runtime never loaded get no line, as in CPython. */
static bool is_main_file(const printer *p, const char *filename)
{
    return p->source && p->source == p->rt->source &&
           strcmp(filename, p->rt->source + p->rt->source_len + 1) == 0;
}

/* The traceback entries of e (oldest call first), without their header. */
static void tb_entries(printer *p, const rt_exc *e, rt_strbuf *out)
{
    /* CPython collapses more than 3 identical consecutive entries */
    const rt_tb_entry *last = NULL;
    int count = 0;
    for (uint32_t k = e->ntb; k-- > 0;) {
        rt_tb_entry *t = &e->tb[k];
        if (last && last->code == t->code && last->line == t->line && last->cols == t->cols) {
            count++;
        } else {
            repeated(out, count);
            last = t;
            count = 1;
        }
        if (count > 3)
            continue;
        char head[1024];
        snprintf(head, sizeof head, "  File \"%s\", line %d, in %s\n",
                 rt_str_data(t->code->filename), (int)t->line, rt_str_data(t->code->name));
        rt_strbuf_append_cstr(out, head);
        /* "<string>" (exec) and the like name no file: no line, as CPython */
        if (rt_str_data(t->code->filename)[0] != '<' && !p->no_source) {
            /* the line from its own file when it is one the runtime loaded */
            size_t flen = 0;
            const char *ftext = rt__source_text(p->rt, rt_str_data(t->code->filename), &flen);
            if (ftext)
                source_line(out, ftext, flen, t->line, t->cols);
            else if (is_main_file(p, rt_str_data(t->code->filename)))
                source_line(out, p->source, p->source_len, t->line, t->cols);
        }
    }
    repeated(out, count);
}

/* e.__notes__, each note's lines after the margin, a newline after each. */
static void print_notes(printer *p, rt_value ev)
{
    rt_state *rt = p->rt;
    rt_exc *e = rt_exc_of(ev);
    rt_value notes = e->dict ? rt_dict_get_cstr(rt, e->dict, "__notes__") : RT_NULL;
    if (!notes)
        return;
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    if (!rt_is_list(notes) && !rt_is_tuple(notes)) {
        put_margin(p);
        rt_value r = rt_repr(rt, notes);
        if (r)
            put(p, rt_str_data(r), rt_str_len(r));
        else
            put_cstr(p, "<__notes__ repr() failed>");
        rt_decref(rt, r);
        put(p, "\n", 1);
    } else {
        int64_t n = rt_is_list(notes) ? rt_list_len(notes) : rt_tuple_len(notes);
        for (int64_t i = 0; i < n; i++) {
            /* a list may change under str(): read it again each time */
            if (rt_is_list(notes) && i >= rt_list_len(notes))
                break;
            rt_value note = rt_is_list(notes) ? rt_list_items(notes)[i] : rt_tuple_get(notes, i);
            rt_incref(note);
            rt_value s = rt_str(rt, note);
            rt_decref(rt, note);
            if (!s) {
                rt_exc_clear(rt);
                put_cstr(p, "<note str() failed>");
            } else {
                put_lines(p, rt_str_data(s), rt_str_len(s));
                rt_decref(rt, s);
            }
            put(p, "\n", 1);
        }
    }
    rt_exc_clear(rt);
    rt->exc = saved;
}

/* One exception (a group's own part too): traceback, site, last line, notes. */
static void print_exception(printer *p, rt_value ev)
{
    rt_state *rt = p->rt;
    rt_exc *e = rt_exc_of(ev);
    bool group = e->group != RT_NULL;
    rt_strbuf tmp;
    rt_strbuf_init_like(&tmp, p->sb);
    if (e->ntb) {
        put_indent(p);
        put_cstr(p, group && p->depth == 1 ? "+ " : p->depth ? "| " : "");
        put_cstr(p, group ? "Exception Group Traceback (most recent call last):\n"
                          : "Traceback (most recent call last):\n");
        tb_entries(p, e, &tmp);
    }
    rt_value detail = rt__exc_syntax_detail(rt, ev);
    if (detail) {
        rt_value file = rt_tuple_get(detail, 0), text = rt_tuple_get(detail, 3);
        int64_t dn = rt_tuple_len(detail); /* 4 to 6 items */
        rt_value vals[4] = {rt_tuple_get(detail, 1), rt_tuple_get(detail, 2),
                            dn > 4 ? rt_tuple_get(detail, 4) : RT_NONE,
                            dn > 5 ? rt_tuple_get(detail, 5) : RT_NONE};
        int n[4] = {0, 0, 0, 0};
        for (int i = 0; i < 4; i++)
            n[i] = rt_is_smallint(vals[i]) ? (int)rt_smallint_get(vals[i]) : 0;
        rt__syntax_site_append(&tmp, rt_is_str(file) ? rt_str_data(file) : "<unknown>", n[0], n[1],
                               n[2], n[3], rt_is_str(text) ? rt_str_data(text) : NULL);
    }
    put_lines(p, rt_strbuf_cstr(&tmp), tmp.len);
    if (tmp.failed)
        p->failed = 1;
    rt_strbuf_truncate(&tmp, 0);
    /* the last line after one margin: a message's own newlines are not indented */
    put_margin(p);
    rt_exc_format_last_line(rt, ev, &tmp);
    rt_value hint = p->hints ? rt__exc_hint(rt, ev) : RT_NULL;
    if (hint) {
        rt_strbuf_append_cstr(&tmp, ". Did you mean: '");
        rt_strbuf_append(&tmp, rt_str_data(hint), rt_str_len(hint));
        rt_strbuf_append_cstr(&tmp, "'?");
        rt_decref(rt, hint);
    }
    put(p, rt_strbuf_cstr(&tmp), tmp.len);
    put(p, "\n", 1);
    if (tmp.failed)
        p->failed = 1;
    rt_strbuf_dispose(&tmp);
    print_notes(p, ev);
}

static void print_recursive(printer *p, rt_value ev);

/* A group: its own part, then each member in a numbered box. */
static void print_group(printer *p, rt_value ev)
{
    if (p->depth > MAX_GROUP_DEPTH) {
        put_margin(p);
        char line[64];
        snprintf(line, sizeof line, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        put_cstr(p, line);
        return;
    }
    if (p->depth == 0)
        p->depth = 1;
    print_exception(p, ev);
    rt_value excs = rt_tuple_get(rt_exc_of(ev)->group, 1);
    int64_t num = rt_tuple_len(excs);
    int64_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    p->need_close = false;
    for (int64_t i = 0; i < n && !p->failed; i++) {
        bool last = i == n - 1;
        if (last)
            p->need_close = true; /* a nested group may close the box for both */
        put_indent(p);
        bool truncated = i >= MAX_GROUP_WIDTH;
        char line[96];
        if (truncated)
            snprintf(line, sizeof line, "%s+---------------- ... ----------------\n",
                     i == 0 ? "+-" : "  ");
        else
            snprintf(line, sizeof line, "%s+---------------- %lld ----------------\n",
                     i == 0 ? "+-" : "  ", (long long)i + 1);
        put_cstr(p, line);
        p->depth++;
        if (!truncated) {
            print_recursive(p, rt_tuple_get(excs, i));
        } else {
            int64_t more = num - MAX_GROUP_WIDTH;
            put_margin(p);
            snprintf(line, sizeof line, "and %lld more exception%s\n", (long long)more,
                     more > 1 ? "s" : "");
            put_cstr(p, line);
        }
        if (last && p->need_close) {
            put_indent(p);
            put_cstr(p, "+------------------------------------\n");
            p->need_close = false;
        }
        p->depth--;
    }
    if (p->depth == 1)
        p->depth = 0;
}

static void print_one(printer *p, rt_value ev)
{
    /* only inside groups, where members can repeat: a chain is printed whole */
    if (p->depth && ++p->printed > MAX_PRINTED) {
        if (p->printed == MAX_PRINTED + 1) {
            put_margin(p);
            put_cstr(p, "... (more exceptions left out)\n");
        }
        return;
    }
    if (rt_exc_of(ev)->group)
        print_group(p, ev);
    else
        print_exception(p, ev);
}

/* The exception the chain continues with after e (added to `seen`), as
 * CPython's print_exception_cause_and_context: its __cause__ when it has one
 * (nothing when that was printed already), else its __context__ unless
 * suppressed or printed; RT_NULL at the end. */
static rt_value chain_next(printer *p, const rt_exc *e)
{
    rt_value next = RT_NULL;
    if (e->cause && rt_is_exc(e->cause))
        next = exc_set_has(&p->seen, e->cause) ? RT_NULL : e->cause;
    else if (e->context && !e->suppress_context && rt_is_exc(e->context) &&
             !exc_set_has(&p->seen, e->context))
        next = e->context;
    if (next && exc_set_add(&p->seen, next) < 0) {
        p->failed = 1;
        return RT_NULL;
    }
    return next;
}

/* ev after the exceptions it was caused by or raised during, oldest first.
 * The chain is collected first and printed without recursion: a loop can
 * chain any number of exceptions (`raise X from previous`). Its scratch
 * arrays are the host's (libc), not the heap's: the report must be written
 * even when the heap limit has been reached. Only groups recurse, at most
 * MAX_GROUP_DEPTH levels. */
static void print_recursive(printer *p, rt_value ev)
{
    if (!exc_set_has(&p->seen, ev) && exc_set_add(&p->seen, ev) < 0) {
        p->failed = 1;
        return;
    }
    rt_value *chain = NULL;
    size_t n = 0, cap = 0;
    for (rt_value e = ev; e; e = chain_next(p, rt_exc_of(e))) {
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            rt_value *nc = realloc(chain, ncap * sizeof *nc);
            if (!nc) {
                p->failed = 1;
                break;
            }
            chain = nc;
            cap = ncap;
        }
        chain[n++] = e;
    }
    bool need_close = p->need_close;
    for (size_t k = n; !p->failed && k-- > 0;) {
        print_one(p, chain[k]);
        if (k == 0)
            break;
        p->need_close = need_close;
        put_margin(p);
        put(p, "\n", 1);
        put_margin(p);
        put_cstr(p, rt_exc_of(chain[k - 1])->cause == chain[k]
                        ? "The above exception was the direct cause of the following "
                          "exception:\n"
                        : "During handling of the above exception, another exception "
                          "occurred:\n");
        put_margin(p);
        put(p, "\n", 1);
    }
    free(chain);
}

int rt_exc_format_traceback(rt_state *rt, rt_value ev, const char *source, size_t source_len,
                            rt_strbuf *sb)
{
    printer p = {rt, sb, source, source_len, {NULL, 0, 0}, 0, false, 0, 0, false, false};
    print_recursive(&p, ev);
    free(p.seen.slot);
    return p.failed ? -1 : 0;
}

int rt_exc_format_uncaught(rt_state *rt, rt_value ev, const char *source, size_t source_len,
                           rt_strbuf *sb)
{
    printer p = {rt, sb, source, source_len, {NULL, 0, 0}, 0, false, 0, 0, false, true};
    print_recursive(&p, ev);
    free(p.seen.slot);
    return p.failed ? -1 : 0;
}

int rt_exc_format_traceback_lines_only(rt_state *rt, rt_value ev, rt_strbuf *sb)
{
    printer p = {rt, sb, NULL, 0, {NULL, 0, 0}, 0, false, 0, 0, true, false};
    print_recursive(&p, ev);
    free(p.seen.slot);
    return p.failed ? -1 : 0;
}
