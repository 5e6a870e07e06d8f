/* mod_re.c: the `_re` module, the C half of `re` (stdlib/re.py holds the
 * Pattern and Match classes, the cache and the replacement templates):
 *
 *   _re.compile(pattern, flags) -> (matcher, groups, groupindex, flags)
 *                                  or (message, position) for a re.error
 *   matcher(string, pos, endpos, mode, must_advance_or_count)
 *
 * A matcher is a builtin bound to the compiled program, kept as the words of
 * a bytes object that nothing else can reach: Python code cannot hand the
 * engine a program of its own. Modes: 0 match, 1 fullmatch, 2 search (the
 * last argument: refuse an empty match at pos) return None or a tuple of
 * the 2*(groups+1) slot offsets (-1 for a group that did not take part)
 * followed by lastindex (-1 for none); 3 returns the list of those tuples
 * for the successive non-overlapping matches of a scan (finditer, sub with
 * a function), the last argument bounding their number (0: no bound).
 * The scans whose results are pieces of the subject build them here rather
 * than in Python (one object per piece, no offset tuples):
 *
 *   4 findall: the list of matched texts (or group texts, or tuples of them)
 *   5 split: the pieces between the matches and the groups' texts
 *            (last argument: maxsplit)
 *   6 sub: matcher(string, pos, endpos, 6, count, template) -> (text, n),
 *          the template a tuple of literal pieces and group numbers
 *
 * and those that hand Match objects to Python build them here too, as
 * instances of re.py's Match class (whose __slots__ are _re, _string, _pos,
 * _endpos, _found: filled in place, no __init__ runs):
 *
 *   7 finditer: matcher(string, pos, endpos, 7, 0, Match, pattern) -> the
 *               list of the Match objects
 *   8 sub with a function: matcher(string, pos, endpos, 8, count, Match,
 *               pattern, repl) -> (text, n), repl called with each Match, its
 *               results (None for nothing) joined as re.py joined them
 *
 * A piece of a bytearray subject is bytes, as CPython's. Positions are code
 * point offsets, as Python indexes a str. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/re.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/utf8.h"

/* The code points of a str (or the bytes of a bytes-like value) in a new
 * heap buffer of *n words (free it with rt_heap_free, (*n ? *n : 1) * 4). */
static uint32_t *code_points(rt_state *rt, rt_value v, size_t *n)
{
    if (rt_is_str(v)) {
        const char *s = rt_str_data(v);
        size_t len = rt_str_len(v), count = (size_t)rt_str_nchars(v);
        uint32_t *out = rt_heap_alloc(rt, NULL, (count ? count : 1) * 4);
        if (!out)
            return NULL;
        size_t i = 0, k = 0;
        while (i < len && k < count)
            out[k++] = rt_utf8_decode(s, len, &i);
        *n = k;
        return out;
    }
    const char *p = rt_byteslike_data(v);
    size_t len = (size_t)rt_byteslike_len(v);
    uint32_t *out = rt_heap_alloc(rt, NULL, (len ? len : 1) * 4);
    if (!out)
        return NULL;
    for (size_t i = 0; i < len; i++)
        out[i] = (unsigned char)p[i];
    *n = len;
    return out;
}

static void code_points_free(rt_state *rt, uint32_t *p, size_t n)
{
    rt_heap_free(rt, NULL, p, (n ? n : 1) * 4);
}

/* The str of the code points p[0..n) (UTF-8 encoded). */
static rt_value str_of(rt_state *rt, const uint32_t *p, size_t n)
{
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    for (size_t i = 0; i < n; i++) {
        char tmp[4];
        size_t k = 0;
        uint32_t c = p[i];
        if (c < 0x80) {
            tmp[k++] = (char)c;
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
        if (rt_strbuf_append(&sb, tmp, k) < 0) {
            rt_strbuf_dispose(&sb);
            return rt_heap_strbuf_error(rt);
        }
    }
    rt_value s = rt_str_from_strbuf(rt, &sb);
    rt_strbuf_dispose(&sb);
    return s;
}

static rt_value matcher_call(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames);
static const rt_builtin_def matcher_def = {"_matcher", matcher_call};

/* compile(pattern, flags): see the top of the file. */
static rt_value re_compile(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "compile", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    rt_value pat = rt__native_unwrap(args[0]); /* a str subclass's instance: its text */
    bool is_bytes = !rt_is_str(pat);
    if (is_bytes && !rt_is_byteslike(pat))
        return rt_raise(rt, RT_EXC_TypeError, "first argument must be string or compiled pattern");
    if (!rt_is_intlike(args[1]))
        return rt_raise(rt, RT_EXC_TypeError, "flags must be an int");
    uint32_t flags = (uint32_t)rt_int_get(args[1]);
    size_t n = 0;
    uint32_t *cps = code_points(rt, pat, &n);
    if (!cps)
        return RT_NULL;
    rt_re_tree tree;
    rt_re_error err;
    rt_re_prog prog = {0};
    int r = rt_re_parse(rt, cps, n, flags, is_bytes, &tree, &err);
    if (r == 0)
        r = rt_re_compile(rt, &tree, &prog, &err);
    rt_value result = RT_NULL;
    if (r < 0)
        goto out;
    if (r > 0) {
        if (err.overflow) {
            rt_raise(rt, RT_EXC_OverflowError, "%s", err.msg);
            goto out;
        }
        rt_value msg = rt_str_new(rt, err.msg, strlen(err.msg));
        rt_value pos = err.pos < 0 ? RT_NONE : rt_int_from_i64(rt, err.pos);
        if (msg && pos)
            result = rt_tuple_pack(rt, 2, msg, pos);
        rt_decref(rt, msg);
        rt_decref(rt, pos);
        goto out;
    }
    rt_value code = rt_bytes_new(rt, prog.code, prog.len * 4);
    rt_heap_free(rt, NULL, prog.code, prog.len * 4);
    rt_value matcher = code ? rt_builtin_new(rt, &matcher_def, code) : RT_NULL;
    rt_decref(rt, code);
    rt_value index = matcher ? rt_dict_new(rt) : RT_NULL;
    for (uint32_t k = 0; index && k < tree.nnames; k++) {
        rt_value name =
            str_of(rt, cps + tree.names[k].start, tree.names[k].end - tree.names[k].start);
        rt_value g = name ? rt_int_from_i64(rt, tree.names[k].group) : RT_NULL;
        if (!g || rt_dict_set(rt, index, name, g) < 0) {
            rt_decref(rt, index);
            index = RT_NULL;
        }
        rt_decref(rt, name);
        rt_decref(rt, g);
    }
    rt_value ng = index ? rt_int_from_i64(rt, tree.ngroups) : RT_NULL;
    rt_value fl = ng ? rt_int_from_i64(rt, tree.flags) : RT_NULL;
    if (fl)
        result = rt_tuple_pack(rt, 4, matcher, ng, index, fl);
    rt_decref(rt, matcher);
    rt_decref(rt, index);
    rt_decref(rt, ng);
    rt_decref(rt, fl);
out:
    rt_re_tree_dispose(rt, &tree);
    code_points_free(rt, cps, n);
    return result;
}

/* The match found as a tuple: the slots, then lastindex. */
static rt_value match_tuple(rt_state *rt, const int64_t *slots, int64_t nslots, int64_t lastindex)
{
    rt_value t = rt_tuple_new(rt, nslots + 1);
    if (!t)
        return RT_NULL;
    for (int64_t k = 0; k <= nslots; k++) {
        rt_value v = rt_int_from_i64(rt, k < nslots ? slots[k] : lastindex);
        if (!v) {
            rt_decref(rt, t);
            return RT_NULL;
        }
        rt_tuple_set_steal(t, k, v);
    }
    return t;
}

static int64_t clamp(int64_t v, int64_t len)
{
    return v < 0 ? 0 : v > len ? len : v;
}

/* The subject as text to cut pieces from: its bytes, and for a non-ASCII
 * str the byte offset of every code point (offs[nchars] is the length), so
 * that a piece is one copy. */
typedef struct subject_text {
    const char *data;
    bool is_str;
    uint32_t *offs; /* NULL for an ASCII str or bytes */
    size_t noffs;
} subject_text;

static int subject_text_init(rt_state *rt, subject_text *t, rt_value s)
{
    t->offs = NULL;
    t->noffs = 0;
    t->is_str = rt_is_str(s);
    if (!t->is_str) {
        t->data = rt_byteslike_data(s);
        return 0;
    }
    t->data = rt_str_data(s);
    if (rt_str_is_ascii(s))
        return 0;
    size_t nbytes = rt_str_len(s);
    if (nbytes >= UINT32_MAX)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", ""), -1;
    t->noffs = (size_t)rt_str_nchars(s) + 1;
    t->offs = rt_heap_alloc(rt, NULL, t->noffs * sizeof *t->offs);
    if (!t->offs)
        return -1;
    size_t i = 0, k = 0;
    while (i < nbytes && k + 1 < t->noffs) {
        t->offs[k++] = (uint32_t)i;
        i = rt_utf8_next(t->data, nbytes, i);
    }
    t->offs[k] = (uint32_t)nbytes;
    return 0;
}

static void subject_text_dispose(rt_state *rt, subject_text *t)
{
    if (t->offs)
        rt_heap_free(rt, NULL, t->offs, t->noffs * sizeof *t->offs);
}

static size_t text_offset(const subject_text *t, int64_t i)
{
    return t->offs ? t->offs[i] : (size_t)i;
}

/* subject[start:end] as a str, or bytes for a bytes-like subject. */
static rt_value text_piece(rt_state *rt, const subject_text *t, int64_t start, int64_t end)
{
    size_t a = text_offset(t, start), b = text_offset(t, end);
    return t->is_str ? rt_str_new(rt, t->data + a, b - a) : rt_bytes_new(rt, t->data + a, b - a);
}

/* Group g of a match as a piece, or `missing` (borrowed) when it did not
 * take part. */
static rt_value group_piece(rt_state *rt, const subject_text *t, const int64_t *slots, int64_t g,
                            rt_value missing)
{
    if (slots[2 * g] < 0) {
        rt_incref(missing);
        return missing;
    }
    return text_piece(rt, t, slots[2 * g], slots[2 * g + 1]);
}

/* One findall item: the whole match (no groups), the group's text (one),
 * or the tuple of the groups' texts; a group that did not match is empty. */
static rt_value findall_item(rt_state *rt, const subject_text *t, const int64_t *slots,
                             int64_t ngroups, rt_value empty)
{
    if (ngroups == 0)
        return text_piece(rt, t, slots[0], slots[1]);
    if (ngroups == 1)
        return group_piece(rt, t, slots, 1, empty);
    rt_value tup = rt_tuple_new(rt, ngroups);
    for (int64_t g = 1; tup && g <= ngroups; g++) {
        rt_value v = group_piece(rt, t, slots, g, empty);
        if (!v) {
            rt_decref(rt, tup);
            return RT_NULL;
        }
        rt_tuple_set_steal(tup, g - 1, v);
    }
    return tup;
}

/* Appends a new value (NULL after a failure to make it) to list. */
static int list_push(rt_state *rt, rt_value list, rt_value v)
{
    return v ? rt_list_append_steal(rt, list, v) : -1;
}

/* Appends subject[start:end] to a sub's output. */
static int text_append(rt_strbuf *sb, const subject_text *t, int64_t start, int64_t end)
{
    size_t a = text_offset(t, start), b = text_offset(t, end);
    return rt_strbuf_append(sb, t->data + a, b - a);
}

/* Checks a sub template from re.py: literal pieces of the subject's kind
 * (str, or bytes-like) and group numbers within the pattern's groups. */
static int template_check(rt_state *rt, rt_value tmpl, bool is_str, int64_t ngroups)
{
    if (!rt_is_tuple(tmpl))
        return rt_raise(rt, RT_EXC_TypeError, "_matcher template must be a tuple"), -1;
    for (int64_t k = 0; k < rt_tuple_len(tmpl); k++) {
        rt_value x = rt_tuple_get(tmpl, k);
        bool ok = rt_is_intlike(x) ? rt_int_get(x) >= 0 && rt_int_get(x) <= ngroups
                  : is_str         ? rt_is_str(x)
                                   : rt_is_byteslike(x);
        if (!ok)
            return rt_raise(rt, RT_EXC_TypeError, "bad _matcher template item"), -1;
    }
    return 0;
}

/* The scan modes' results, built as the matches come (see the top). */
typedef struct scan_out {
    int64_t mode;
    subject_text text;
    rt_value list;  /* modes 3, 4, 5, 7; mode 8: the pieces to join */
    rt_value empty; /* findall's text of a group that did not match; mode 8's joiner */
    rt_value tmpl;  /* mode 6, borrowed */
    rt_strbuf sb;   /* mode 6 */
    int64_t last;   /* modes 5, 6, 8: the end of the previous match */
    /* modes 7 and 8, borrowed: the Match class, the pattern, the subject,
     * repl; and the bounds each Match records */
    rt_value match_cls, pattern, subject, repl;
    int64_t pos, endpos;
} scan_out;

/* Slots of re.py's Match, in its __slots__ order. */
enum { M_RE, M_STRING, M_POS, M_ENDPOS, M_FOUND, M_NSLOTS };

/* True when cls is a class whose instances have exactly Match's slots. */
static bool is_match_class(rt_value cls)
{
    if (rt_type_of(cls) != RT_T_TYPE || !rt_type_is_heap(cls))
        return false;
    const rt_type_obj *t = rt_type_obj_of(cls);
    return t->inst_type == RT_T_INSTANCE && !t->native && t->nslots == M_NSLOTS &&
           (t->tflags & RT_TF_NODICT);
}

/* A Match for the match in slots: its slots filled as Match.__init__ would. */
static rt_value match_new(rt_state *rt, scan_out *o, const int64_t *slots, int64_t nslots,
                          int64_t lastindex)
{
    rt_value found = match_tuple(rt, slots, nslots, lastindex);
    rt_value pos = found ? rt_int_from_i64(rt, o->pos) : RT_NULL;
    rt_value endpos = pos ? rt_int_from_i64(rt, o->endpos) : RT_NULL;
    rt_value m = endpos ? rt_inst_new(rt, o->match_cls) : RT_NULL;
    if (!m) {
        rt_decref(rt, found);
        rt_decref(rt, pos);
        rt_decref(rt, endpos);
        return RT_NULL;
    }
    rt_value *sl = rt_inst_of(m)->slots;
    rt_incref(o->pattern);
    rt_incref(o->subject);
    sl[M_RE] = o->pattern;
    sl[M_STRING] = o->subject;
    sl[M_POS] = pos;
    sl[M_ENDPOS] = endpos;
    sl[M_FOUND] = found;
    return m;
}

/* Mode 8's step: the text before the match, then repl(match) unless None. */
static int sub_call_take(rt_state *rt, scan_out *o, const int64_t *slots, int64_t nslots,
                         int64_t lastindex)
{
    if (o->last < slots[0] &&
        list_push(rt, o->list, text_piece(rt, &o->text, o->last, slots[0])) < 0)
        return -1;
    rt_value m = match_new(rt, o, slots, nslots, lastindex);
    if (!m)
        return -1;
    rt_value r = rt_call(rt, o->repl, &m, 1, RT_NULL);
    rt_decref(rt, m);
    if (!r)
        return -1;
    o->last = slots[1];
    if (r == RT_NONE) {
        rt_decref(rt, r);
        return 0;
    }
    return list_push(rt, o->list, r);
}

static int scan_take(rt_state *rt, scan_out *o, const int64_t *slots, int64_t nslots,
                     int64_t lastindex)
{
    int64_t ngroups = nslots / 2 - 1;
    if (o->mode == 3)
        return list_push(rt, o->list, match_tuple(rt, slots, nslots, lastindex));
    if (o->mode == 7)
        return list_push(rt, o->list, match_new(rt, o, slots, nslots, lastindex));
    if (o->mode == 8)
        return sub_call_take(rt, o, slots, nslots, lastindex);
    if (o->mode == 4)
        return list_push(rt, o->list, findall_item(rt, &o->text, slots, ngroups, o->empty));
    if (o->mode == 5) {
        if (list_push(rt, o->list, text_piece(rt, &o->text, o->last, slots[0])) < 0)
            return -1;
        for (int64_t g = 1; g <= ngroups; g++)
            if (list_push(rt, o->list, group_piece(rt, &o->text, slots, g, RT_NONE)) < 0)
                return -1;
        o->last = slots[1];
        return 0;
    }
    if (text_append(&o->sb, &o->text, o->last, slots[0]) < 0)
        return -1;
    for (int64_t k = 0; k < rt_tuple_len(o->tmpl); k++) {
        rt_value x = rt_tuple_get(o->tmpl, k);
        int r;
        if (rt_is_intlike(x)) {
            int64_t g = rt_int_get(x);
            r = slots[2 * g] < 0 ? 0
                                 : text_append(&o->sb, &o->text, slots[2 * g], slots[2 * g + 1]);
        } else if (rt_is_str(x)) {
            r = rt_strbuf_append(&o->sb, rt_str_data(x), rt_str_len(x));
        } else {
            r = rt_strbuf_append(&o->sb, rt_byteslike_data(x), (size_t)rt_byteslike_len(x));
        }
        if (r < 0)
            return -1;
    }
    o->last = slots[1];
    return 0;
}

/* The result of a finished scan of `count` matches over a subject of
 * `len` code points (modes 5 and 6 add the text after the last match). */
static rt_value scan_finish(rt_state *rt, scan_out *o, int64_t count, int64_t len)
{
    if (o->mode <= 4 || o->mode == 7) {
        rt_incref(o->list);
        return o->list;
    }
    if (o->mode == 8) {
        /* the pieces joined by the subject's empty piece's join: its errors
         * for a replacement of the wrong type */
        if (o->last < len && list_push(rt, o->list, text_piece(rt, &o->text, o->last, len)) < 0)
            return RT_NULL;
        rt_value name = rt_str_intern(rt, "join", 4);
        rt_value join = name ? rt_getattr(rt, o->empty, name) : RT_NULL;
        rt_decref(rt, name);
        rt_value text = join ? rt_call(rt, join, &o->list, 1, RT_NULL) : RT_NULL;
        rt_decref(rt, join);
        rt_value n = text ? rt_int_from_i64(rt, count) : RT_NULL;
        rt_value t = n ? rt_tuple_pack(rt, 2, text, n) : RT_NULL;
        rt_decref(rt, text);
        rt_decref(rt, n);
        return t;
    }
    if (o->mode == 5) {
        if (list_push(rt, o->list, text_piece(rt, &o->text, o->last, len)) < 0)
            return RT_NULL;
        rt_incref(o->list);
        return o->list;
    }
    if (text_append(&o->sb, &o->text, o->last, len) < 0)
        return rt_heap_strbuf_error(rt);
    rt_value text =
        o->text.is_str ? rt_str_from_strbuf(rt, &o->sb) : rt_bytes_from_strbuf(rt, &o->sb);
    rt_value n = text ? rt_int_from_i64(rt, count) : RT_NULL;
    rt_value t = n ? rt_tuple_pack(rt, 2, text, n) : RT_NULL;
    rt_decref(rt, text);
    rt_decref(rt, n);
    return t;
}

/* Modes 3 to 6: the successive non-overlapping matches from pos, at most
 * `limit` of them (0: all); an empty match right after the previous one
 * is refused, as CPython's scanner. */
static rt_value scan(rt_state *rt, const uint32_t *code, size_t len, rt_re_subject *subj,
                     rt_value s, int64_t pos, int64_t endpos, int64_t mode, int64_t limit,
                     const rt_value *extra, int64_t *slots, int64_t nslots)
{
    scan_out o = {.mode = mode,
                  .list = RT_NULL,
                  .empty = RT_NULL,
                  .tmpl = mode == 6 ? extra[0] : RT_NULL,
                  .last = 0,
                  .match_cls = mode >= 7 ? extra[0] : RT_NULL,
                  .pattern = mode >= 7 ? extra[1] : RT_NULL,
                  .subject = s,
                  .repl = mode == 8 ? extra[2] : RT_NULL,
                  .pos = mode == 7 ? pos : 0,
                  .endpos = mode == 7 ? endpos : subj->len};
    if (subject_text_init(rt, &o.text, s) < 0)
        return RT_NULL;
    rt_heap_strbuf_init(rt, &o.sb);
    rt_value result = RT_NULL;
    o.list = mode != 6 ? rt_list_new(rt, 0) : RT_NULL;
    o.empty = mode == 4 || mode == 8 ? text_piece(rt, &o.text, 0, 0) : RT_NULL;
    if ((mode != 6 && !o.list) || ((mode == 4 || mode == 8) && !o.empty))
        goto out;
    bool must_advance = false;
    int64_t count = 0, lastindex = -1;
    while (pos <= endpos && (limit <= 0 || count < limit)) {
        int r = rt_re_run(rt, code, len, subj, pos, endpos, RE_MODE_SEARCH, must_advance, slots,
                          &lastindex);
        if (r < 0)
            goto out;
        if (r == 0)
            break;
        if (scan_take(rt, &o, slots, nslots, lastindex) < 0) {
            if (mode == 6)
                rt_heap_strbuf_error(rt);
            goto out;
        }
        count++;
        must_advance = slots[1] == slots[0];
        pos = slots[1];
    }
    result = scan_finish(rt, &o, count, subj->len);
out:
    rt_decref(rt, o.list);
    rt_decref(rt, o.empty);
    rt_strbuf_dispose(&o.sb);
    subject_text_dispose(rt, &o.text);
    return result;
}

static rt_value matcher_call(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    if (rt_args_range(rt, "_matcher", nargs, kwnames, 5, 8) < 0)
        return RT_NULL;
    const uint32_t *code = (const uint32_t *)(const void *)rt_bytes_data(self);
    size_t len = (size_t)rt_bytes_len(self) / 4;
    /* a str subclass's instance (bs4's NavigableString) is read as its str */
    rt_value s = rt__native_unwrap(args[0]);
    if (!rt_is_str(s) && !rt_is_byteslike(s))
        return rt_raise(rt, RT_EXC_TypeError, "expected string or bytes-like object, got '%s'",
                        rt_type_name(s));
    for (int k = 1; k < 5; k++)
        if (!rt_is_intlike(args[k]))
            return rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                            rt_type_name(args[k]));
    int64_t mode = rt_int_get(args[3]), extra = rt_int_get(args[4]);
    static const size_t mode_nargs[] = {5, 5, 5, 5, 5, 5, 6, 7, 8};
    if (mode < 0 || mode > 8 || nargs != mode_nargs[mode])
        return rt_raise(rt, RT_EXC_ValueError, "bad _matcher mode");
    if (mode == 6 && template_check(rt, args[5], rt_is_str(s), (int64_t)code[RE_H_NGROUPS]) < 0)
        return RT_NULL;
    if (mode >= 7 && !is_match_class(args[5]))
        return rt_raise(rt, RT_EXC_TypeError, "_matcher wants re.py's Match class");
    rt_re_subject subj = {0};
    uint32_t *decoded = NULL;
    size_t ndecoded = 0;
    if (rt_is_str(s) && !rt_str_is_ascii(s)) {
        decoded = code_points(rt, s, &ndecoded);
        if (!decoded)
            return RT_NULL;
        subj.s32 = decoded;
        subj.len = (int64_t)ndecoded;
    } else if (rt_is_str(s)) {
        subj.s8 = (const uint8_t *)rt_str_data(s);
        subj.len = (int64_t)rt_str_len(s);
    } else {
        subj.s8 = (const uint8_t *)rt_byteslike_data(s);
        subj.len = rt_byteslike_len(s);
    }
    int64_t pos = clamp(rt_int_get(args[1]), subj.len),
            endpos = clamp(rt_int_get(args[2]), subj.len);
    int64_t nslots = 2 * ((int64_t)code[RE_H_NGROUPS] + 1);
    int64_t *slots = rt_heap_alloc(rt, NULL, (size_t)nslots * sizeof *slots);
    rt_value result = RT_NULL;
    if (!slots)
        goto out;
    /* the program, the subject and the extra arguments stay alive while
     * the matcher runs (and while a suspended slice waits): this call
     * holds them */
    size_t nextra = nargs - 5;
    rt_incref(self);
    rt_incref(s);
    for (size_t k = 0; k < nextra; k++)
        rt_incref(args[5 + k]);
    if (mode <= 2) {
        int64_t lastindex = -1;
        int r = pos > endpos ? 0
                             : rt_re_run(rt, code, len, &subj, pos, endpos, (rt_re_mode)mode,
                                         extra != 0, slots, &lastindex);
        if (r == 0) {
            result = RT_NONE;
        } else if (r > 0) {
            result = match_tuple(rt, slots, nslots, lastindex);
        }
    } else {
        result = scan(rt, code, len, &subj, s, pos, endpos, mode, extra, args + 5, slots, nslots);
    }
    for (size_t k = 0; k < nextra; k++)
        rt_decref(rt, args[5 + k]);
    rt_decref(rt, s);
    rt_decref(rt, self);
out:
    if (slots)
        rt_heap_free(rt, NULL, slots, (size_t)nslots * sizeof *slots);
    if (decoded)
        code_points_free(rt, decoded, ndecoded);
    return result;
}

static const rt_builtin_def re_funcs[] = {
    {"compile", re_compile},
    {NULL, NULL},
};

int rt__mod_re_fill(rt_state *rt, rt_value dict)
{
    if (rt__module_add_funcs(rt, dict, re_funcs) < 0)
        return -1;
    rt_value v = rt_int_from_i64(rt, RT_RE_MAXREPEAT);
    int r = v ? rt_dict_set_cstr(rt, dict, "MAXREPEAT", v) : -1;
    rt_decref(rt, v);
    return r;
}
