/* type_call.c: calling a type object constructs an instance: str(x),
 * int(x, base), float(x), bool(x), list(it), tuple(it), set(it), dict(...),
 * range(...), type(x), and exception classes. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/builtins_mod.h"
#include "runtime/bytes.h"
#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/deque.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/mappingproxy.h"
#include "runtime/memoryview.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/numfmt.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/unicase.h"
#include "runtime/unidata.h"
#include "runtime/utf8.h"
#include "runtime/weakref.h"

/* numfmt.h's parsers; declared here because numfmt.h and num.h name a few
 * int helpers differently (rt_int_pow, ...). */
int rt_float_parse(const char *s, size_t len, double *out);
int rt_int_parse(const char *s, size_t len, int base, int64_t *out);

static rt_value ret(rt_value v)
{
    rt_incref(v);
    return v;
}

static rt_value make_str(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    rt_value a[3];
    if (nargs + rt_kw_count(kwnames) > 3)
        return rt_raise(rt, RT_EXC_TypeError, "str() takes at most 3 arguments (%zu given)",
                        nargs + rt_kw_count(kwnames));
    if (rt_args_parse(rt, "str", args, nargs, kwnames, 3, names, a) < 0)
        return RT_NULL;
    if (a[1] != RT_NULL || a[2] != RT_NULL) {
        for (int k = 1; k < 3; k++)
            if (a[k] && !rt_is_str(a[k]))
                return rt_raise(rt, RT_EXC_TypeError, "str() argument '%s' must be str, not %s",
                                names[k], rt_type_name(a[k]));
        const char *p;
        size_t n;
        if (a[0] && rt_bytes_view(a[0], &p, &n)) /* bytes-like, or a memoryview */
            return rt_bytes_decode(rt, p, n, a[1], a[2]);
        if (a[0] && rt_is_str(a[0]))
            return rt_raise(rt, RT_EXC_TypeError, "decoding str is not supported");
        if (a[0])
            return rt_raise(rt, RT_EXC_TypeError,
                            "decoding to str: need a bytes-like object, %s found",
                            rt_type_name(a[0]));
        return rt_str_new(rt, "", 0);
    }
    if (a[0] == RT_NULL)
        return rt_str_new(rt, "", 0);
    return rt_str(rt, a[0]);
}

static rt_value float_to_int(rt_state *rt, double d)
{
    if (isinf(d))
        return rt_raise(rt, RT_EXC_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return rt_raise(rt, RT_EXC_ValueError, "cannot convert float NaN to integer");
    return rt_bigint_from_double(rt, d);
}

/* ValueError "invalid literal for int() with base 10: 'x'" (base >= 0) or
 * "could not convert string to float: 'x'" (base < 0). */
static rt_value bad_literal(rt_state *rt, int base, rt_value s)
{
    rt_value r = rt_repr(rt, s);
    if (r == RT_NULL)
        return RT_NULL;
    if (base >= 0)
        rt_raise(rt, RT_EXC_ValueError, "invalid literal for int() with base %d: %s", base,
                 rt_str_data(r));
    else
        rt_raise(rt, RT_EXC_ValueError, "could not convert string to float: %s", rt_str_data(r));
    rt_decref(rt, r);
    return RT_NULL;
}

/* CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: x with its Unicode
 * decimal digits spelled as ASCII digits, its Unicode spaces as ' ' and any
 * other non-ASCII character as '?' (no literal accepts it); x itself (a new
 * reference) when it is ASCII. */
static rt_value ascii_numeral(rt_state *rt, rt_value x)
{
    if (rt_str_is_ascii(x)) {
        rt_incref(x);
        return x;
    }
    const char *s = rt_str_data(x);
    size_t n = rt_str_len(x), pos = 0, len = 0;
    char *buf = rt_heap_alloc(rt, NULL, n + 1);
    if (!buf)
        return RT_NULL;
    while (pos < n) {
        uint32_t cp = rt_utf8_decode(s, n, &pos);
        int d = rt_uc_decimal(cp);
        buf[len++] = cp < 0x80           ? (char)cp
                     : d >= 0            ? (char)('0' + d)
                     : rt_uc_isspace(cp) ? ' '
                                         : '?';
    }
    rt_value r = rt_str_new(rt, buf, len);
    rt_heap_free(rt, NULL, buf, n + 1);
    return r;
}

/* Whether a literal that fits in int64 still has more digits than CPython's limit on
 * int/str conversions allows (leading zeros count: int('0' * 5000) is refused): true with
 * its ValueError set. Bases that are powers of two have no limit. */
static bool too_many_digits(rt_state *rt, const char *s, const rt_int_span *span)
{
    int64_t limit = rt->int_max_str_digits;
    if (limit <= 0 || (span->base & (span->base - 1)) == 0 ||
        span->end - span->start <= (size_t)limit)
        return false;
    size_t nd = 0;
    for (size_t i = span->start; i < span->end; i++)
        nd += s[i] != '_';
    if (nd <= (size_t)limit)
        return false;
    rt_raise(rt, RT_EXC_ValueError,
             "Exceeds the limit (%lld digits) for integer string conversion: value has %zu "
             "digits; use sys.set_int_max_str_digits() to increase the limit",
             (long long)limit, nd);
    return true;
}

/* int(s, base) for a str s: int64 literals directly, longer ones through
 * bigint.c (which applies CPython's digit limit). An invalid literal's
 * ValueError shows `shown`: what the program passed (s, or the bytes it
 * was made from); the digit limit's error is bigint.c's. */
static rt_value parse_int(rt_state *rt, rt_value x, int base, rt_value shown)
{
    if (!rt_str_is_ascii(x)) { /* parsed as ASCII, reported as written */
        rt_value a = ascii_numeral(rt, x);
        if (!a)
            return RT_NULL;
        rt_value r = parse_int(rt, a, base, shown);
        rt_decref(rt, a);
        return r;
    }
    int64_t out;
    rt_int_span span;
    int rc = rt_int_parse_span(rt_str_data(x), rt_str_len(x), base, &out, &span);
    if (rc == 0 && !too_many_digits(rt, rt_str_data(x), &span))
        return rt_int_from_i64(rt, out);
    if (rc == 0)
        return RT_NULL;
    if (rc != -2) /* RT_NUM_OVERFLOW: a valid literal beyond int64 */
        return bad_literal(rt, base, shown);
    const char *s = rt_str_data(x) + span.start;
    size_t n = span.end - span.start, nd = 0;
    char *digits = rt_heap_alloc(rt, NULL, n ? n : 1);
    if (!digits)
        return RT_NULL;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_')
            digits[nd++] = s[i];
    rt_value v = rt_bigint_from_digits(rt, digits, nd, span.base, span.neg);
    rt_heap_free(rt, NULL, digits, n ? n : 1);
    return v;
}

/* int(b"ff", 16), float(b"1.5"): the text of a bytes-like x as a new str, which CPython
 * parses as ASCII; RT_NULL, with the invalid-literal ValueError naming x, when a byte is
 * not ASCII. `base` as bad_literal's (-1 for float). */
static rt_value byteslike_text(rt_state *rt, rt_value x, int base)
{
    const char *p = rt_byteslike_data(x);
    int64_t n = rt_byteslike_len(x);
    for (int64_t i = 0; i < n; i++)
        if ((unsigned char)p[i] >= 0x80)
            return bad_literal(rt, base, x);
    return rt_str_new(rt, p, (size_t)n);
}

/* parse_int of a bytes-like x: its errors name x, not the text made of it. */
static rt_value parse_int_bytes(rt_state *rt, rt_value x, int base)
{
    /* CPython names a bytearray's invalid literal as the bytes it holds */
    rt_value shown = x;
    if (rt_is_bytearray(x) &&
        !(shown = rt_bytes_new(rt, rt_byteslike_data(x), (size_t)rt_byteslike_len(x))))
        return RT_NULL;
    rt_value text = byteslike_text(rt, shown, base);
    rt_value r = text ? parse_int(rt, text, base, shown) : RT_NULL;
    rt_decref(rt, text);
    if (shown != x)
        rt_decref(rt, shown);
    return r;
}

/* x.__float__() / __int__() / __index__() of a user object, checked: the
 * result must be a float (for __float__) or an int. RT_NULL with *found
 * false when its class has none of `ids` (tried in order). */
static rt_value user_number(rt_state *rt, rt_value x, const rt_id *ids, size_t nids,
                            bool want_float, bool *found)
{
    *found = false;
    if (!rt__is_user_obj(x))
        return RT_NULL;
    for (size_t i = 0; i < nids; i++) {
        rt_value m = rt__special(rt, x, ids[i]);
        if (!m || m == RT_NONE)
            continue;
        *found = true;
        rt_value r = rt__call_special(rt, m, x, NULL, 0);
        if (!r)
            return RT_NULL;
        bool is_float = ids[i] == RT_ID_float;
        bool ok =
            is_float ? rt_is_float(rt__native_unwrap(r)) : rt_is_intlike(rt__native_unwrap(r));
        if (!ok) {
            /* CPython names the class for __float__ only */
            if (is_float)
                rt_raise(rt, RT_EXC_TypeError, "%s.__float__ returned non-float (type %s)",
                         rt_type_name(x), rt_type_name(r));
            else
                rt_raise(rt, RT_EXC_TypeError, "%s returned non-int (type %s)",
                         rt_str_data(rt->ids[ids[i]]), rt_type_name(r));
            rt_decref(rt, r);
            return RT_NULL;
        }
        if (!is_float && !want_float && (rt__native_unwrap(r) != r || rt_is_bool(r))) {
            /* an int subclass: deprecated, the int it holds is the result */
            char msg[400];
            snprintf(msg, sizeof msg,
                     "%s returned non-int (type %.200s).  The ability to return an instance of "
                     "a strict subclass of int is deprecated, and may be removed in a future "
                     "version of Python.",
                     rt_str_data(rt->ids[ids[i]]), rt_type_name(r));
            if (rt__warn(rt, "DeprecationWarning", msg) < 0) {
                rt_decref(rt, r);
                return RT_NULL;
            }
        }
        rt_value u = rt__native_unwrap(r);
        if (rt_is_bool(u))
            u = rt_smallint(u == RT_TRUE);
        if (want_float && !is_float) {
            rt_value f = rt_is_bigint(u) ? rt_bigint_to_float(rt, u)
                                         : rt_float_new(rt, (double)rt_int_get(u));
            rt_decref(rt, r);
            return f;
        }
        rt_incref(u);
        rt_decref(rt, r);
        return u;
    }
    return RT_NULL;
}

/* int(x) through x.__trunc__() (m), CPython 3.11's last resort: deprecated
 * (DeprecationWarning), and a result that is no int goes through its
 * __index__. */
static rt_value int_by_trunc(rt_state *rt, rt_value x, rt_value m)
{
    if (rt__warn(rt, "DeprecationWarning", "The delegation of int() to __trunc__ is deprecated.") <
        0)
        return RT_NULL;
    rt_value r = rt__call_special(rt, m, x, NULL, 0);
    if (!r)
        return RT_NULL;
    rt_value u = rt__native_unwrap(r);
    if (rt_is_intlike(u)) {
        rt_value v = rt_is_bigint(u) ? (rt_incref(u), u) : rt_int_from_i64(rt, rt_int_get(u));
        rt_decref(rt, r);
        return v;
    }
    static const rt_id index_id[] = {RT_ID_index};
    bool found;
    rt_value v = user_number(rt, r, index_id, 1, false, &found);
    if (!found && !rt->exc)
        rt_raise(rt, RT_EXC_TypeError, "__trunc__ returned non-Integral (type %s)",
                 rt_type_name(r));
    rt_decref(rt, r);
    return v;
}

static rt_value make_int(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    static const char *const names[] = {"", "base", NULL};
    rt_value a[2];
    if (nargs > 2)
        return rt_raise(rt, RT_EXC_TypeError, "int() takes at most 2 arguments (%zu given)", nargs);
    if (rt_args_parse(rt, "int", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    rt_value x = rt__native_unwrap(a[0]); /* int(Meters(5)), int(Name("12")) */
    if (x == RT_NULL) {
        if (a[1] != RT_NULL)
            return rt_raise(rt, RT_EXC_TypeError, "int() missing string argument");
        return rt_smallint(0);
    }
    if (a[1] != RT_NULL) {
        int64_t base;
        if (rt_arg_index(rt, a[1], &base) < 0) {
            /* past 64 bits: out of range, as CPython clips it */
            if (!rt_exc_matches(rt, RT_EXC_OverflowError))
                return RT_NULL;
            rt_exc_clear(rt);
            base = -1;
        }
        /* the base first, then the value's type, as CPython checks them */
        if (base != 0 && (base < 2 || base > 36))
            return rt_raise(rt, RT_EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (!rt_is_str(x) && !rt_is_byteslike(x))
            return rt_raise(rt, RT_EXC_TypeError,
                            "int() can't convert non-string with explicit base");
        return rt_is_str(x) ? parse_int(rt, x, (int)base, x) : parse_int_bytes(rt, x, (int)base);
    }
    if (rt_is_bigint(x))
        return ret(x);
    if (rt_is_intlike(x))
        return rt_int_from_i64(rt, rt_int_get(x));
    if (rt_is_float(x))
        return float_to_int(rt, trunc(rt_float_get(x)));
    if (rt_is_str(x))
        return parse_int(rt, x, 10, x);
    if (rt_is_byteslike(x))
        return parse_int_bytes(rt, x, 10);
    if (rt_is_mview(x)) { /* a buffer: its bytes, as CPython reads them */
        rt_value b = rt_mview_tobytes(rt, x);
        rt_value r = b ? parse_int_bytes(rt, b, 10) : RT_NULL;
        rt_decref(rt, b);
        return r;
    }
    static const rt_id int_ids[] = {RT_ID_int, RT_ID_index};
    bool found;
    rt_value r = user_number(rt, x, int_ids, 2, false, &found);
    if (found || r)
        return r;
    if (rt->exc)
        return RT_NULL;
    rt_value trunc_m = rt__is_user_obj(x) ? rt__special(rt, x, RT_ID_trunc) : RT_NULL;
    if (trunc_m && trunc_m != RT_NONE)
        return int_by_trunc(rt, x, trunc_m);
    return rt_raise(rt, RT_EXC_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, "
                    "not '%s'",
                    rt_type_name(x));
}

static rt_value make_float(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    if (rt_args_range(rt, "float", nargs, kwnames, 0, 1) < 0)
        return RT_NULL;
    if (nargs == 0)
        return rt_float_new(rt, 0.0);
    rt_value x = rt__native_unwrap(args[0]);
    if (rt_is_float(x))
        return ret(x);
    if (rt_is_bigint(x))
        return rt_bigint_to_float(rt, x);
    double d;
    if (rt_number_as_double(x, &d))
        return rt_float_new(rt, d);
    if (rt_is_str(x)) {
        rt_value a = ascii_numeral(rt, x);
        if (!a)
            return RT_NULL;
        int bad = rt_float_parse(rt_str_data(a), rt_str_len(a), &d);
        rt_decref(rt, a);
        return bad ? bad_literal(rt, -1, x) : rt_float_new(rt, d);
    }
    if (rt_is_byteslike(x)) {
        rt_value text = byteslike_text(rt, x, -1);
        if (!text)
            return RT_NULL;
        int bad = rt_float_parse(rt_str_data(text), rt_str_len(text), &d);
        rt_decref(rt, text);
        return bad ? bad_literal(rt, -1, x) : rt_float_new(rt, d);
    }
    static const rt_id float_ids[] = {RT_ID_float, RT_ID_index};
    bool found;
    rt_value r = user_number(rt, x, float_ids, 2, true, &found);
    if (found || r)
        return r;
    return rt_raise(rt, RT_EXC_TypeError,
                    "float() argument must be a string or a real number, not '%s'",
                    rt_type_name(x));
}

static rt_value make_range(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    if (rt_args_range(rt, "range", nargs, kwnames, 1, 3) < 0)
        return RT_NULL;
    int64_t v[3] = {0, 0, 1};
    bool big = false;
    for (size_t i = 0; i < nargs; i++) {
        if (rt_is_intlike(args[i]) && !rt_int_as_i64(args[i], &v[i]))
            big = true; /* past int64: a big range */
        else if (rt_arg_index(rt, args[i], &v[i]) < 0)
            return RT_NULL;
    }
    if (big)
        return nargs == 1 ? rt_range_from_ints(rt, rt_smallint(0), args[0], rt_smallint(1))
                          : rt_range_from_ints(rt, args[0], args[1],
                                               nargs == 3 ? args[2] : rt_smallint(1));
    if (nargs == 1)
        return rt_range_new(rt, 0, v[0], 1);
    return rt_range_new(rt, v[0], v[1], v[2]);
}

rt_value rt__type_call(rt_state *rt, rt_value t, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    rt_type_obj *to = rt_type_obj_of(t);
    if (to->inst_type == RT_T_EXC)
        return rt__exc_call(rt, t, args, nargs, kwnames);
    switch ((rt_type_id)to->inst_type) {
    case RT_T_STR: return make_str(rt, args, nargs, kwnames);
    case RT_T_BYTES: return rt_bytes_construct(rt, args, nargs, kwnames);
    case RT_T_BYTEARRAY: return rt_bytearray_construct(rt, args, nargs, kwnames);
    case RT_T_INT: return make_int(rt, args, nargs, kwnames);
    case RT_T_FLOAT: return make_float(rt, args, nargs, kwnames);
    case RT_T_COMPLEX: return rt__complex_call(rt, args, nargs, kwnames);
    case RT_T_BOOL: {
        if (rt_args_range(rt, "bool", nargs, kwnames, 0, 1) < 0)
            return RT_NULL;
        if (nargs == 0)
            return RT_FALSE;
        int r = rt_truthy(rt, args[0]);
        return r < 0 ? RT_NULL : rt_bool(r);
    }
    case RT_T_LIST:
        if (rt_args_range(rt, "list", nargs, kwnames, 0, 1) < 0)
            return RT_NULL;
        return nargs ? rt_list_from_iter(rt, args[0]) : rt_list_new(rt, 0);
    case RT_T_TUPLE:
        if (rt_args_range(rt, "tuple", nargs, kwnames, 0, 1) < 0)
            return RT_NULL;
        if (nargs && rt_is_tuple(args[0]))
            return ret(args[0]);
        return nargs ? rt_tuple_from_iter(rt, args[0]) : rt_tuple_new(rt, 0);
    case RT_T_SET:
        if (rt_args_range(rt, "set", nargs, kwnames, 0, 1) < 0)
            return RT_NULL;
        return nargs ? rt_set_from_iter(rt, args[0]) : rt_set_new(rt);
    case RT_T_FROZENSET:
        if (rt_args_range(rt, "frozenset", nargs, kwnames, 0, 1) < 0)
            return RT_NULL;
        return nargs ? rt_frozenset_from_iter(rt, args[0]) : rt_set_freeze(rt, rt_set_new(rt));
    case RT_T_DICT: {
        rt_value d = rt_dict_new(rt);
        if (d == RT_NULL)
            return RT_NULL;
        if (rt__dict_update_args(rt, d, "dict", args, nargs, kwnames) < 0) {
            rt_decref(rt, d);
            return RT_NULL;
        }
        return d;
    }
    case RT_T_RANGE: return make_range(rt, args, nargs, kwnames);
    case RT_T_CELL: /* types.CellType([contents]) */
        if (rt_args_range(rt, "cell", nargs, kwnames, 0, 1) < 0)
            return RT_NULL;
        if (nargs)
            rt_incref(args[0]);
        return rt_cell_new(rt, nargs ? args[0] : RT_NULL);
    case RT_T_WEAKREF: return rt__weakref_construct(rt, args, nargs, kwnames);
    case RT_T_DEQUE: return rt__deque_construct(rt, args, nargs, kwnames);
    case RT_T_ITER: return rt__iter_type_call(rt, t, args, nargs, kwnames);
    case RT_T_MAPPINGPROXY: return rt__mproxy_construct(rt, args, nargs, kwnames);
    case RT_T_MODULE: return rt__module_construct(rt, args, nargs, kwnames);
    case RT_T_MEMORYVIEW: return rt__mview_construct(rt, args, nargs, kwnames);
    case RT_T_TYPE:
        if (nargs == 3 && rt_kw_count(kwnames) == 0)
            return rt_class_new(rt, args[0], args[1], args[2]);
        if (nargs == 3) { /* type(name, bases, ns, **kw): kw goes to __init_subclass__ */
            rt_value kw = rt_dict_new(rt);
            for (size_t i = 0; kw && i < rt_kw_count(kwnames); i++)
                if (rt_dict_set(rt, kw, rt_tuple_items(kwnames)[i], args[nargs + i]) < 0) {
                    rt_decref(rt, kw);
                    kw = RT_NULL;
                }
            rt_value cls = kw ? rt_class_new_kw(rt, args[0], args[1], args[2], kw) : RT_NULL;
            rt_decref(rt, kw);
            return cls;
        }
        if (nargs != 1 || rt_kw_count(kwnames) != 0) {
            if (nargs == 1)
                return rt_raise(rt, RT_EXC_TypeError,
                                "type.__new__() takes exactly 3 arguments (1 given)");
            return rt_raise(rt, RT_EXC_TypeError, "type() takes 1 or 3 arguments");
        }
        return ret(rt_type_obj_get(rt, args[0]));
    case RT_T_NONE:
        if (nargs || rt_kw_count(kwnames))
            return rt_raise(rt, RT_EXC_TypeError, "NoneType takes no arguments");
        return RT_NONE;
    case RT_T_METHOD: /* types.MethodType(function, instance) */
        if (rt_args_range(rt, "method", nargs, kwnames, 2, 2) < 0)
            return RT_NULL;
        if (!rt__callable(rt, args[0]))
            return rt_raise(rt, RT_EXC_TypeError, "first argument must be callable");
        if (args[1] == RT_NONE)
            return rt_raise(rt, RT_EXC_TypeError, "instance must not be None");
        return rt_method_new(rt, args[0], args[1]);
    case RT_T_SLICE: {
        if (rt_args_range(rt, "slice", nargs, kwnames, 1, 3) < 0)
            return RT_NULL;
        if (nargs == 1)
            return rt_slice_new(rt, RT_NONE, args[0], RT_NONE);
        return rt_slice_new(rt, args[0], args[1], nargs > 2 ? args[2] : RT_NONE);
    }
    case RT_T_INSTANCE:
        if (nargs || rt_kw_count(kwnames))
            return rt_raise(rt, RT_EXC_TypeError, "object() takes no arguments");
        {
            rt_value init;
            rt_value o = rt__class_prepare_init(rt, t, &init);
            if (o)
                return o;
        }
        return rt__class_call(rt, t, args, 0, RT_NULL);
    case RT_T_FUNCTION: return rt__func_construct(rt, args, nargs, kwnames);
    case RT_T_STATICMETHOD:
    case RT_T_CLASSMETHOD:
    case RT_T_PROPERTY:
    case RT_T_SUPER:
    case RT_T_NOTIMPL:
    case RT_T_ELLIPSIS:
        return rt__descr_construct(rt, (rt_type_id)to->inst_type, args, nargs, kwnames);
    default:
        return rt_raise(rt, RT_EXC_TypeError, "cannot create '%s' instances", rt_type_obj_name(t));
    }
}
