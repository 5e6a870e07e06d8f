/* match.c: the structural checks of the match statement (match.h), as
 * CPython 3.11's MATCH_SEQUENCE / MATCH_MAPPING / MATCH_CLASS and
 * match_class() define them. */
#include "runtime/match.h"

#include <string.h>

#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* ---- sequences ------------------------------------------------------------------ */

rt_value rt_match_sequence(rt_state *rt, rt_value subject, uint32_t arg)
{
    int64_t n = arg & 0xfff, star = (int64_t)(arg >> 12) - 1;
    rt_value seq = rt__native_unwrap(subject);
    if (!rt_is_list(seq) && !rt_is_tuple(seq) && !rt_is_range(seq))
        return RT_NONE;
    int64_t len;
    if (rt_len(rt, seq, &len) < 0)
        return RT_NULL;
    if (star < 0 ? len != n : len < n - 1)
        return RT_NONE;
    rt_value out = rt_tuple_new(rt, n);
    if (!out)
        return RT_NULL;
    int64_t after = star < 0 ? 0 : n - 1 - star; /* items after the star */
    for (int64_t i = 0; i < n; i++) {
        rt_value v;
        if (i == star) {
            int64_t from = star, count = len - (n - 1);
            v = rt_list_new(rt, count);
            for (int64_t k = 0; v && k < count; k++) {
                rt_value x = rt_getitem(rt, seq, rt_smallint(from + k));
                if (!x || rt_list_append_steal(rt, v, x) < 0) {
                    rt_decref(rt, v);
                    v = RT_NULL;
                }
            }
        } else {
            int64_t at = star >= 0 && i > star ? len - after + (i - star - 1) : i;
            v = rt_getitem(rt, seq, rt_smallint(at));
        }
        if (!v) {
            rt_decref(rt, out);
            return RT_NULL;
        }
        rt_tuple_set_steal(out, i, v);
    }
    return out;
}

/* ---- mappings ------------------------------------------------------------------- */

rt_value rt_match_mapping(rt_state *rt, rt_value subject, rt_value keys, bool rest)
{
    rt_value d = rt__native_unwrap(subject);
    if (!rt_is_dict(d))
        return RT_NONE;
    int64_t n = rt_tuple_len(keys);
    for (int64_t i = 0; i < n; i++) {
        for (int64_t j = 0; j < i; j++) {
            int eq = rt_compare_bool(rt, RT_CMP_EQ, rt_tuple_get(keys, i), rt_tuple_get(keys, j));
            if (eq < 0)
                return RT_NULL;
            if (eq) {
                rt_value r = rt_repr(rt, rt_tuple_get(keys, i));
                if (r) {
                    rt_raise(rt, RT_EXC_ValueError, "mapping pattern checks duplicate key (%s)",
                             rt_str_data(r));
                    rt_decref(rt, r);
                }
                return RT_NULL;
            }
        }
    }
    rt_value out = rt_tuple_new(rt, n + rest);
    if (!out)
        return RT_NULL;
    for (int64_t i = 0; i < n; i++) {
        rt_value v;
        int found = rt_dict_lookup(rt, d, rt_tuple_get(keys, i), &v);
        if (found <= 0) {
            rt_decref(rt, out);
            return found < 0 ? RT_NULL : RT_NONE;
        }
        rt_incref(v);
        rt_tuple_set_steal(out, i, v);
    }
    if (rest) {
        rt_value others = rt_dict_copy(rt, d);
        for (int64_t i = 0; others && i < n; i++) {
            if (rt_dict_del(rt, others, rt_tuple_get(keys, i)) < 0) {
                rt_decref(rt, others);
                others = RT_NULL;
            }
        }
        if (!others) {
            rt_decref(rt, out);
            return RT_NULL;
        }
        rt_tuple_set_steal(out, n, others);
    }
    return out;
}

/* ---- classes -------------------------------------------------------------------- */

/* The builtin types whose single positional sub-pattern matches the subject itself. */
static bool self_matching(rt_value cls)
{
    static const char *const names[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset",
                                        "int",  "list",      "set",   "str",  "tuple"};
    if (rt_type_is_heap(cls))
        return false;
    const char *name = rt_type_obj_name(cls);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return true;
    return false;
}

/* subject.name into *out (new reference): 1, 0 when it has no such
 * attribute (the pattern does not match), -1 on another error. */
static int attribute(rt_state *rt, rt_value subject, rt_value name, rt_value *out)
{
    *out = rt_getattr(rt, subject, name);
    if (*out)
        return 1;
    if (!rt_exc_matches(rt, RT_EXC_AttributeError))
        return -1;
    rt_exc_clear(rt);
    return 0;
}

rt_value rt_match_class(rt_state *rt, rt_value subject, rt_value cls, rt_value kwnames, int nargs)
{
    if (rt_type_of(cls) != RT_T_TYPE)
        return rt_raise(rt, RT_EXC_TypeError, "called match pattern must be a type");
    if (!rt_isinstance(rt, subject, cls))
        return RT_NONE;
    const char *cname = rt_type_obj_name(cls);
    int64_t nkw = rt_tuple_len(kwnames);
    rt_value names = RT_NULL; /* the attribute name of each sub-pattern; RT_NONE: the subject */
    rt_value margs = RT_NULL;
    if (nargs > 0) {
        rt_value attr = rt_str_intern(rt, "__match_args__", 14);
        if (!attr)
            return RT_NULL;
        margs = rt_getattr(rt, cls, attr);
        rt_decref(rt, attr);
        if (!margs) {
            if (!rt_exc_matches(rt, RT_EXC_AttributeError))
                return RT_NULL;
            rt_exc_clear(rt);
        }
        if (margs && !rt_is_tuple(margs)) {
            rt_raise(rt, RT_EXC_TypeError, "%s.__match_args__ must be a tuple (got %s)", cname,
                     rt_type_name(margs));
            rt_decref(rt, margs);
            return RT_NULL;
        }
        int64_t allowed = margs ? rt_tuple_len(margs) : self_matching(cls) ? 1 : 0;
        if (nargs > allowed) {
            rt_raise(rt, RT_EXC_TypeError, "%s() accepts %lld positional sub-pattern%s (%d given)",
                     cname, (long long)allowed, allowed == 1 ? "" : "s", nargs);
            rt_decref(rt, margs);
            return RT_NULL;
        }
    }
    names = rt_tuple_new(rt, nargs + nkw);
    if (!names) {
        rt_decref(rt, margs);
        return RT_NULL;
    }
    for (int64_t i = 0; i < nargs + nkw; i++) {
        rt_value name = i >= nargs ? rt_tuple_get(kwnames, i - nargs)
                        : margs    ? rt_tuple_get(margs, i)
                                   : RT_NONE;
        if (name != RT_NONE && !rt_is_str(name)) {
            rt_raise(rt, RT_EXC_TypeError, "__match_args__ elements must be strings (got %s)",
                     rt_type_name(name));
            goto fail;
        }
        for (int64_t j = 0; j < i && name != RT_NONE; j++) {
            rt_value other = rt_tuple_get(names, j);
            if (other != RT_NONE && rt_str_len(other) == rt_str_len(name) &&
                memcmp(rt_str_data(other), rt_str_data(name), rt_str_len(name)) == 0) {
                rt_raise(rt, RT_EXC_TypeError, "%s() got multiple sub-patterns for attribute '%s'",
                         cname, rt_str_data(name));
                goto fail;
            }
        }
        rt_incref(name);
        rt_tuple_set_steal(names, i, name);
    }
    rt_decref(rt, margs);
    margs = RT_NULL;
    rt_value out = rt_tuple_new(rt, nargs + nkw);
    if (!out)
        goto fail;
    for (int64_t i = 0; i < nargs + nkw; i++) {
        rt_value name = rt_tuple_get(names, i), v;
        if (name == RT_NONE) {
            rt_incref(subject);
            v = subject;
        } else {
            int r = attribute(rt, subject, name, &v);
            if (r <= 0) {
                rt_decref(rt, out);
                rt_decref(rt, names);
                return r < 0 ? RT_NULL : RT_NONE;
            }
        }
        rt_tuple_set_steal(out, i, v);
    }
    rt_decref(rt, names);
    return out;
fail:
    rt_decref(rt, margs);
    rt_decref(rt, names);
    return RT_NULL;
}
