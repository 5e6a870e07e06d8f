/* ops_repr.c: the repr/str/format part of the abstract object protocol
 * (ops.h): rt_repr, rt_str and rt_format dispatched by type id, the
 * containers' reprs with CPython's ellipsis for a repr already in progress,
 * and the guard that marks it. The rest of the protocol is in ops.c. */
#include "runtime/ops.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/format.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/mappingproxy.h"
#include "runtime/nest.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/set.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/utf8.h"

/* ---- repr / str / format -------------------------------------------------------------- */

/* 1 when v's repr is already in progress (print the ellipsis form), 0 when
 * entered, -1 on error. */
int rt__repr_enter(rt_state *rt, rt_value v)
{
    for (uint32_t i = 0; i < rt->repr_count; i++)
        if (rt->repr_stack[i] == v)
            return 1;
    if (rt__nest_enter(rt, " while getting the repr of an object") != 0)
        return -1;
    if (rt->repr_count == rt->repr_cap) {
        uint32_t cap = rt->repr_cap ? rt->repr_cap * 2 : 16;
        rt_value *n = realloc(rt->repr_stack, cap * sizeof *n);
        if (!n) {
            rt__nest_leave(rt);
            rt_raise(rt, RT_EXC_MemoryError, "%s", "");
            return -1;
        }
        rt->repr_stack = n;
        rt->repr_cap = cap;
    }
    rt->repr_stack[rt->repr_count++] = v;
    return 0;
}

void rt__repr_leave(rt_state *rt)
{
    rt->repr_count--;
    rt__nest_leave(rt);
    if (rt->repr_count == 0) {
        free(rt->repr_stack);
        rt->repr_stack = NULL;
        rt->repr_cap = 0;
    }
}

static int append_repr(rt_state *rt, rt_strbuf *sb, rt_value v)
{
    rt_value r = rt_repr(rt, v);
    if (!r)
        return -1;
    int st = rt_strbuf_append(sb, rt_str_data(r), rt_str_len(r));
    rt_decref(rt, r);
    if (st != 0)
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    return st;
}

static rt_value finish_buf(rt_state *rt, rt_strbuf *sb, int st)
{
    rt_value r = RT_NULL;
    if (st == 0 && !sb->failed)
        r = rt_str_from_strbuf(rt, sb);
    else if (!rt->exc)
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_strbuf_dispose(sb);
    return r;
}

static rt_value container_repr(rt_state *rt, rt_value v)
{
    rt_type_id t = rt_type_of(v);
    int in = rt__repr_enter(rt, v);
    if (in < 0)
        return RT_NULL;
    if (in > 0) {
        const char *s = t == RT_T_LIST    ? "[...]"
                        : t == RT_T_DICT  ? "{...}"
                        : t == RT_T_TUPLE ? "(...)"
                                          : "set(...)";
        return rt_str_from_cstr(rt, s);
    }
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    int st = 0;
    if (t == RT_T_LIST || t == RT_T_TUPLE) {
        bool list = t == RT_T_LIST;
        rt_strbuf_append_char(&sb, list ? '[' : '(');
        /* re-read length and items each step: a repr may not change them, but be safe */
        for (int64_t i = 0; st == 0 && i < (list ? rt_list_len(v) : rt_tuple_len(v)); i++) {
            if (i)
                rt_strbuf_append(&sb, ", ", 2);
            st = append_repr(rt, &sb, list ? rt_list_get(v, i) : rt_tuple_get(v, i));
        }
        if (!list && rt_tuple_len(v) == 1)
            rt_strbuf_append_char(&sb, ',');
        rt_strbuf_append_char(&sb, list ? ']' : ')');
    } else if (t == RT_T_DICT) {
        int64_t pos = 0;
        rt_value k, val;
        bool first = true;
        rt_strbuf_append_char(&sb, '{');
        while (st == 0 && rt_dict_next(v, &pos, &k, &val)) {
            if (!first)
                rt_strbuf_append(&sb, ", ", 2);
            first = false;
            rt_incref(k);
            rt_incref(val);
            st = append_repr(rt, &sb, k);
            if (st == 0) {
                rt_strbuf_append(&sb, ": ", 2);
                st = append_repr(rt, &sb, val);
            }
            rt_decref(rt, k);
            rt_decref(rt, val);
        }
        rt_strbuf_append_char(&sb, '}');
    } else { /* set, frozenset */
        bool frozen = t == RT_T_FROZENSET;
        if (rt_set_len(v) == 0) {
            rt_strbuf_append_cstr(&sb, frozen ? "frozenset()" : "set()");
        } else {
            if (frozen)
                rt_strbuf_append_cstr(&sb, "frozenset(");
            int64_t pos = 0;
            rt_value k;
            bool first = true;
            rt_strbuf_append_char(&sb, '{');
            while (st == 0 && rt_set_next(v, &pos, &k)) {
                if (!first)
                    rt_strbuf_append(&sb, ", ", 2);
                first = false;
                st = append_repr(rt, &sb, k);
            }
            rt_strbuf_append_char(&sb, '}');
            if (frozen)
                rt_strbuf_append_char(&sb, ')');
        }
    }
    rt__repr_leave(rt);
    return finish_buf(rt, &sb, st);
}

rt_value rt_repr(rt_state *rt, rt_value v)
{
    if (rt_is_smallint(v))
        return rt_int_to_str(rt, rt_smallint_get(v));
    if (v == RT_NONE)
        return rt_str_intern(rt, "None", 4);
    if (v == RT_TRUE)
        return rt_str_intern(rt, "True", 4);
    if (v == RT_FALSE)
        return rt_str_intern(rt, "False", 5);
    rt_type_id t = rt_type_of(v);
    if (rt_protocols[t].repr)
        return rt_protocols[t].repr(rt, v);
    switch (t) {
    case RT_T_INT: return rt_int_repr(rt, v);
    case RT_T_FLOAT: return rt_float_to_str(rt, rt_float_get(v));
    case RT_T_STR: return rt_str_repr(rt, v);
    case RT_T_BYTES: return rt_bytes_repr(rt, v);
    case RT_T_BYTEARRAY: return rt_bytearray_repr(rt, v);
    case RT_T_LIST:
    case RT_T_TUPLE:
    case RT_T_DICT:
    case RT_T_SET:
    case RT_T_FROZENSET: return container_repr(rt, v);
    default:
        return rt_str_printf(rt, "<%s object at 0x%" PRIx64 ">", rt_type_name(v),
                             rt__objid_of_value(rt, v));
    }
}

rt_value rt_str(rt_state *rt, rt_value v)
{
    if (rt_is_str(v)) {
        rt_incref(v);
        return v;
    }
    if (rt__is_user_obj(v) || (rt_type_of(v) == RT_T_TYPE && rt__special(rt, v, RT_ID_str)))
        return rt__inst_str(rt, v);
    if (rt_type_of(v) == RT_T_EXC)
        return rt__exc_str(rt, v);
    if (rt_type_of(v) == RT_T_MAPPINGPROXY)
        return rt_str(rt, rt_mproxy_of(v)->mapping);
    return rt_repr(rt, v);
}

rt_value rt_format(rt_state *rt, rt_value v, rt_value spec)
{
    size_t n = spec ? rt_str_len(spec) : 0;
    const char *s = spec ? rt_str_data(spec) : "";
    rt_strbuf sb;
    rt_format_err err;
    int st;
    if (rt_is_bool(v) && n == 0)
        return rt_str(rt, v);
    if (rt__is_user_obj(v)) {
        if (spec)
            return rt__inst_format(rt, v, spec);
        rt_value empty = rt_str_new(rt, "", 0);
        rt_value r = empty ? rt__inst_format(rt, v, empty) : RT_NULL;
        rt_decref(rt, empty);
        return r;
    }
    if (rt_is_bigint(v)) {
        int64_t small;
        if (!rt_bigint_to_i64(v, &small))
            return rt_bigint_format(rt, v, s, n, rt_type_name(v));
    }
    rt_heap_strbuf_init(rt, &sb);
    if (rt_is_intlike(v)) {
        rt_format_spec fs;
        st = rt_format_spec_parse(s, n, 'd', '>', rt_type_name(v), &fs, &err);
        if (st == RT_FMT_OK)
            st = rt_format_int_spec(rt_int_get(v), &fs, rt_type_name(v), &sb, &err);
    } else if (rt_is_float(v)) {
        st = rt_format_float(rt_float_get(v), s, n, &sb, &err);
    } else if (rt_is_complex(v)) {
        rt_strbuf_dispose(&sb);
        return rt__complex_format(rt, v, s, n);
    } else if (rt_is_str(v)) {
        st = rt_format_str(rt_str_data(v), rt_str_len(v), s, n, &sb, &err);
    } else {
        rt_strbuf_dispose(&sb);
        if (n)
            return rt_raise(rt, RT_EXC_TypeError,
                            "unsupported format string passed to %s.__format__", rt_type_name(v));
        return rt_str(rt, v);
    }
    if (st != RT_FMT_OK) {
        rt_strbuf_dispose(&sb);
        if (st == RT_FMT_VALUE_ERROR)
            return rt_raise(rt, RT_EXC_ValueError, "%s", err.msg);
        if (st == RT_FMT_OVERFLOW_ERROR)
            return rt_raise(rt, RT_EXC_OverflowError, "%s", err.msg);
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    }
    return finish_buf(rt, &sb, 0);
}

rt_value rt_ascii(rt_state *rt, rt_value v)
{
    rt_value r = rt_repr(rt, v);
    if (!r || rt_str_is_ascii(r))
        return r;
    const char *p = rt_str_data(r);
    size_t n = rt_str_len(r), pos = 0;
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    while (pos < n) {
        uint32_t cp = rt_utf8_decode(p, n, &pos);
        char e[12];
        if (cp < 0x80)
            rt_strbuf_append_char(&sb, (char)cp);
        else {
            snprintf(e, sizeof e,
                     cp < 0x100     ? "\\x%02x"
                     : cp < 0x10000 ? "\\u%04x"
                                    : "\\U%08x",
                     (unsigned)cp);
            rt_strbuf_append_cstr(&sb, e);
        }
    }
    rt_decref(rt, r);
    if (sb.failed) {
        rt_strbuf_dispose(&sb);
        return rt_heap_strbuf_error(rt);
    }
    r = rt_str_from_strbuf(rt, &sb);
    rt_strbuf_dispose(&sb);
    return r;
}
