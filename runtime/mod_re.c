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
 * for the successive non-overlapping matches of a scan (finditer, findall,
 * sub, split), the last argument bounding their number (0: no bound).
 * Positions are code point offsets, as Python indexes a str. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
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
    rt_value pat = args[0];
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

static rt_value matcher_call(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    if (rt_args_range(rt, "_matcher", nargs, kwnames, 5, 5) < 0)
        return RT_NULL;
    const uint32_t *code = (const uint32_t *)(const void *)rt_bytes_data(self);
    size_t len = (size_t)rt_bytes_len(self) / 4;
    rt_value s = args[0];
    if (!rt_is_str(s) && !rt_is_byteslike(s))
        return rt_raise(rt, RT_EXC_TypeError, "expected string or bytes-like object, got '%s'",
                        rt_type_name(s));
    for (int k = 1; k < 5; k++)
        if (!rt_is_intlike(args[k]))
            return rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                            rt_type_name(args[k]));
    int64_t mode = rt_int_get(args[3]), extra = rt_int_get(args[4]);
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
    /* the program and the subject stay alive while the matcher runs (and
     * while a suspended slice waits): this call holds both */
    rt_incref(self);
    rt_incref(s);
    int64_t lastindex = -1;
    if (mode >= 0 && mode <= 2) {
        int r = pos > endpos ? 0
                             : rt_re_run(rt, code, len, &subj, pos, endpos, (rt_re_mode)mode,
                                         extra != 0, slots, &lastindex);
        if (r == 0) {
            result = RT_NONE;
        } else if (r > 0) {
            result = match_tuple(rt, slots, nslots, lastindex);
        }
    } else {
        result = rt_list_new(rt, 0);
        bool must_advance = false;
        int64_t count = 0;
        while (result && pos <= endpos && (extra <= 0 || count < extra)) {
            int r = rt_re_run(rt, code, len, &subj, pos, endpos, RE_MODE_SEARCH, must_advance,
                              slots, &lastindex);
            if (r == 0)
                break;
            rt_value t = r > 0 ? match_tuple(rt, slots, nslots, lastindex) : RT_NULL;
            if (!t || rt_list_append_steal(rt, result, t) < 0) {
                rt_decref(rt, result);
                result = RT_NULL;
                break;
            }
            count++;
            must_advance = slots[1] == slots[0];
            pos = slots[1];
        }
    }
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
