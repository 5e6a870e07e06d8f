/* ops.c: the abstract object protocol (ops.h): arithmetic, comparison,
 * truth, len, items, iteration and attributes, dispatched by type id with
 * CPython's semantics and error messages; repr/str/format are in
 * ops_repr.c, hashing in hash.c. */
#include "runtime/ops.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/deque.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/format.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/itertools.h"
#include "runtime/list.h"
#include "runtime/lru.h"
#include "runtime/mappingproxy.h"
#include "runtime/memoryview.h"
#include "runtime/module.h"
#include "runtime/nest.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "runtime/weakref.h"

static const char *const binop_sym[RT_OP_COUNT] = {"+",  "-",  "*",  "/", "//", "%",
                                                   "**", "<<", ">>", "&", "|",  "^"};
static const char *const inplace_sym[RT_OP_COUNT] = {
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="};
static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};

/* A return value no object has: "the user object declined, take the
 * builtin path" (its tag 110b is no value's tag). */
#define RT_NOTIMPL_FALLTHROUGH ((rt_value)6)

/* ---- C recursion guard for nested containers -------------------------------------- */

/* The guard is the Python call depth plus this C depth against the recursion
 * limit, as CPython's one counter, and the C stack budget (nest.h). Each
 * level entered lowers rt->recursion_limit by one while it lasts, so that
 * the Python calls made inside it (an __eq__ called by a dict comparison)
 * count it too, in the checks the VM makes against recursion_limit alone:
 * which check trips first, a call's or a comparison's (" in comparison"),
 * is then the one that trips in CPython. sys.getrecursionlimit() adds
 * obj_depth back. */
int rt__nest_enter(rt_state *rt, const char *what)
{
    /* the C stack budget too: sys.setrecursionlimit may raise the limit
     * past what the stack holds */
    if (rt->depth >= rt->recursion_limit || rt__stack_exhausted(rt->stack_base)) {
        rt_raise(rt, RT_EXC_RecursionError, "maximum recursion depth exceeded%s", what);
        return -1;
    }
    rt->obj_depth++;
    rt->recursion_limit--;
    return 0;
}

void rt__nest_leave(rt_state *rt)
{
    rt->obj_depth--;
    rt->recursion_limit++;
}

/* ---- arithmetic ------------------------------------------------------------------- */

static rt_value unsupported(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b, bool inplace)
{
    const char *sym = inplace ? inplace_sym[op] : binop_sym[op];
    return rt_raise(rt, RT_EXC_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                    sym, op == RT_OP_POW && !inplace ? " or pow()" : "", rt_type_name(a),
                    rt_type_name(b));
}

/* Order of two bytes-likes by content (memcmp, then length). */
static int byteslike_cmp(rt_value a, rt_value b)
{
    size_t na = (size_t)rt_byteslike_len(a), nb = (size_t)rt_byteslike_len(b);
    int c = memcmp(rt_byteslike_data(a), rt_byteslike_data(b), na < nb ? na : nb);
    if (c)
        return c;
    return na < nb ? -1 : na > nb ? 1 : 0;
}

/* A new set r (stolen) made a frozenset when the left operand is one
 * (frozenset({1}) | {2} is a frozenset, {2} | frozenset({1}) a set). */
static rt_value like_left(rt_state *rt, rt_value a, rt_value r)
{
    return rt_is_frozenset(a) ? rt_set_freeze(rt, r) : r;
}

/* A dict's keys or items view: a set to |, &, -, ^ and the order
 * comparisons, as in CPython (a values view is not). */
static bool is_set_view(rt_value v)
{
    return rt_is_iter(v) && rt_iter_is_view(v) && rt_iter_obj_of(v)->kind != RT_ITER_VALUES_VIEW;
}

/* a OP b with a keys or items view on either side: CPython's set(a) and
 * then the in-place method with b's items, so the result is a set and b
 * may be any iterable. */
static rt_value view_intersect(rt_state *rt, rt_value a, rt_value b);

static rt_value view_setop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b)
{
    if (op == RT_OP_AND)
        return view_intersect(rt, a, b);
    rt_value s = rt_set_from_iter(rt, a);
    if (!s)
        return RT_NULL;
    int r = op == RT_OP_SUB   ? rt_set_difference_update(rt, s, b)
            : op == RT_OP_AND ? rt_set_intersection_update(rt, s, b)
            : op == RT_OP_XOR ? rt_set_symmetric_difference_update(rt, s, b)
                              : rt_set_update(rt, s, b);
    if (r != 0) {
        rt_decref(rt, s);
        return RT_NULL;
    }
    return s;
}

/* view & other, as CPython's: with a set at least as long as the view, the
 * set's items that are in the view; otherwise the items of the other side
 * (the shorter side, when both are views) that are in the view, asked with
 * `in`, so a view holding unhashable values (d.items() with a list value)
 * intersects without hashing them. */
static rt_value view_intersect(rt_state *rt, rt_value a, rt_value b)
{
    rt_value self = is_set_view(a) ? a : b, other = self == a ? b : a;
    int64_t nself, nother;
    if (rt_len(rt, self, &nself) < 0)
        return RT_NULL;
    if (rt_is_set(other) && rt_set_len(other) >= nself) {
        rt_value r = rt_set_copy(rt, other);
        if (r && rt_set_intersection_update(rt, r, self) != 0) {
            rt_decref(rt, r);
            return RT_NULL;
        }
        return r;
    }
    if (is_set_view(other)) {
        if (rt_len(rt, other, &nother) < 0)
            return RT_NULL;
        if (nother > nself) {
            rt_value t = self;
            self = other;
            other = t;
        }
    }
    rt_value r = rt_set_new(rt);
    rt_value it = r ? rt_getiter(rt, other) : RT_NULL;
    if (!it) {
        rt_decref(rt, r);
        return RT_NULL;
    }
    rt_value item;
    int st;
    while ((st = rt_iternext(rt, it, &item)) > 0) {
        int in = rt_contains(rt, self, item);
        if (in > 0)
            in = rt_set_add(rt, r, item) < 0 ? -1 : 1;
        rt_decref(rt, item);
        if (in < 0) {
            st = -1;
            break;
        }
    }
    rt_decref(rt, it);
    if (st < 0) {
        rt_decref(rt, r);
        return RT_NULL;
    }
    return r;
}

/* a OP b (an order or equality comparison) where one side is a keys or
 * items view and the other a set or such a view: both compared as sets. */
static int view_compare(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b)
{
    rt_value sa = rt_is_anyset(a) ? (rt_incref(a), a) : rt_set_from_iter(rt, a);
    if (!sa)
        return -1;
    rt_value sb = rt_is_anyset(b) ? (rt_incref(b), b) : rt_set_from_iter(rt, b);
    if (!sb) {
        rt_decref(rt, sa);
        return -1;
    }
    int r = rt_compare_bool(rt, op, sa, sb);
    rt_decref(rt, sa);
    rt_decref(rt, sb);
    return r;
}

static bool is_seq(rt_value v)
{
    return rt_is_str(v) || rt_is_list(v) || rt_is_tuple(v) || rt_is_byteslike(v);
}

static rt_value seq_repeat(rt_state *rt, rt_value seq, int64_t n)
{
    if (rt_is_str(seq))
        return rt_str_repeat(rt, seq, n);
    if (rt_is_list(seq))
        return rt_list_repeat(rt, seq, n);
    if (rt_is_bytes(seq))
        return rt_bytes_repeat(rt, seq, n);
    if (rt_is_bytearray(seq)) {
        rt_value r = rt_bytearray_new(rt, rt_bytearray_data(seq), (size_t)rt_bytearray_len(seq));
        if (r && rt_bytearray_inplace_repeat(rt, r, n) < 0) {
            rt_decref(rt, r);
            return RT_NULL;
        }
        return r;
    }
    int64_t len = rt_tuple_len(seq);
    if (n <= 0 || len == 0)
        return rt_tuple_new(rt, 0);
    if (n == 1) {
        rt_incref(seq);
        return seq;
    }
    if (n > INT64_MAX / 16 / len)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_value r = rt_tuple_new(rt, len * n);
    if (!r)
        return RT_NULL;
    for (int64_t k = 0; k < n; k++)
        for (int64_t i = 0; i < len; i++) {
            rt_value v = rt_tuple_get(seq, i);
            rt_incref(v);
            rt_tuple_set_steal(r, k * len + i, v);
        }
    return r;
}

static rt_value tuple_concat(rt_state *rt, rt_value a, rt_value b)
{
    int64_t na = rt_tuple_len(a), nb = rt_tuple_len(b);
    rt_value r = rt_tuple_new(rt, na + nb);
    if (!r)
        return RT_NULL;
    for (int64_t i = 0; i < na; i++) {
        rt_incref(rt_tuple_get(a, i));
        rt_tuple_set_steal(r, i, rt_tuple_get(a, i));
    }
    for (int64_t i = 0; i < nb; i++) {
        rt_incref(rt_tuple_get(b, i));
        rt_tuple_set_steal(r, na + i, rt_tuple_get(b, i));
    }
    return r;
}

/* False, with kind's "cannot fit 'int' into an index-sized integer", when
 * the int n does not fit a C index (CPython's PyNumber_AsSsize_t). */
static bool index_fits(rt_state *rt, rt_value n, rt_exc_kind kind)
{
    int64_t i;
    if (!rt_is_bigint(n) || rt_bigint_to_i64(n, &i))
        return true;
    rt_raise(rt, kind, "cannot fit 'int' into an index-sized integer");
    return false;
}

/* The count of a sequence repetition (seq * n): an int, or an object whose
 * class has __index__ (CPython's nb_index); 0, or -1 with CPython's errors. */
static int repeat_count(rt_state *rt, rt_value n, int64_t *out)
{
    if (rt_is_intlike(n)) {
        if (!index_fits(rt, n, RT_EXC_OverflowError))
            return -1;
        *out = rt_int_get(n);
        return 0;
    }
    rt_value m = rt__is_user_obj(n) ? rt__special(rt, n, RT_ID_index) : RT_NULL;
    if (m && m != RT_NONE)
        return rt_arg_index(rt, n, out);
    rt_raise(rt, RT_EXC_TypeError, "can't multiply sequence by non-int of type '%s'",
             rt_type_name(n));
    return -1;
}

static rt_value binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b, bool inplace)
{
    if (rt_is_number(a) && rt_is_number(b)) {
        rt_value r = rt_num_binop(rt, op, a, b);
        if (r || rt->exc)
            return r;
        return unsupported(rt, op, a, b, inplace);
    }
    rt_type_id ta = rt_type_of(a), tb = rt_type_of(b);
    if (ta == RT_T_COMPLEX || tb == RT_T_COMPLEX) {
        rt_value r = rt__complex_binop(rt, op, a, b);
        if (r || rt->exc)
            return r; /* else a sequence's own error below */
    }
    switch (op) {
    case RT_OP_ADD:
        if (ta == RT_T_DEQUE)
            return rt__deque_concat(rt, a, b);
        if (ta == RT_T_STR || ta == RT_T_LIST || ta == RT_T_TUPLE) {
            if (tb != ta)
                return rt_raise(rt, RT_EXC_TypeError, "can only concatenate %s (not \"%s\") to %s",
                                rt_type_name(a), rt_type_name(b), rt_type_name(a));
            if (ta == RT_T_STR)
                return rt_str_concat(rt, a, b);
            if (ta == RT_T_LIST)
                return rt_list_concat(rt, a, b);
            return tuple_concat(rt, a, b);
        }
        if (ta == RT_T_BYTES || ta == RT_T_BYTEARRAY) {
            const char *bp;
            size_t bn;
            if (!rt_bytes_view(b, &bp, &bn)) /* bytes-like, or a memoryview */
                return rt_raise(rt, RT_EXC_TypeError, "can't concat %s to %s", rt_type_name(b),
                                rt_type_name(a));
            if (ta == RT_T_BYTES && tb == RT_T_BYTES)
                return rt_bytes_concat(rt, a, b);
            rt_value r;
            if (ta == RT_T_BYTEARRAY) {
                r = rt_bytearray_new(rt, rt_bytearray_data(a), (size_t)rt_bytearray_len(a));
                if (r && rt_bytearray_extend(rt, r, bp, bn) < 0) {
                    rt_decref(rt, r);
                    r = RT_NULL;
                }
            } else { /* bytes + bytearray or memoryview */
                r = rt_bytes_new_uninit(rt, (size_t)rt_bytes_len(a) + bn);
                if (r) {
                    memcpy(rt_bytes_obj_of(r)->data, rt_bytes_data(a), (size_t)rt_bytes_len(a));
                    if (bn)
                        memcpy(rt_bytes_obj_of(r)->data + rt_bytes_len(a), bp, bn);
                }
            }
            return r;
        }
        break;
    case RT_OP_MUL: {
        int64_t k;
        if (ta == RT_T_DEQUE || tb == RT_T_DEQUE) {
            rt_value d = ta == RT_T_DEQUE ? a : b, n = ta == RT_T_DEQUE ? b : a;
            return repeat_count(rt, n, &k) < 0 ? RT_NULL : rt__deque_repeat(rt, d, k);
        }
        if (is_seq(a))
            return repeat_count(rt, b, &k) < 0 ? RT_NULL : seq_repeat(rt, a, k);
        if (is_seq(b))
            return repeat_count(rt, a, &k) < 0 ? RT_NULL : seq_repeat(rt, b, k);
        break;
    }
    case RT_OP_SUB:
        if (rt_is_anyset(a) && rt_is_anyset(b))
            return like_left(rt, a, rt_set_difference(rt, a, b));
        if (is_set_view(a) || is_set_view(b))
            return view_setop(rt, op, a, b);
        break;
    case RT_OP_AND:
        if (rt_is_anyset(a) && rt_is_anyset(b))
            return like_left(rt, a, rt_set_intersection(rt, a, b));
        if (is_set_view(a) || is_set_view(b))
            return view_setop(rt, op, a, b);
        break;
    case RT_OP_XOR:
        if (rt_is_anyset(a) && rt_is_anyset(b))
            return like_left(rt, a, rt_set_symmetric_difference(rt, a, b));
        if (is_set_view(a) || is_set_view(b))
            return view_setop(rt, op, a, b);
        break;
    case RT_OP_OR:
        if (rt_is_anyset(a) && rt_is_anyset(b))
            return like_left(rt, a, rt_set_union(rt, a, b));
        if (ta == RT_T_DICT && tb == RT_T_DICT) {
            rt_value r = rt_dict_copy(rt, a);
            if (r && rt_dict_merge(rt, r, b) != 0) {
                rt_decref(rt, r);
                return RT_NULL;
            }
            return r;
        }
        if (is_set_view(a) || is_set_view(b))
            return view_setop(rt, op, a, b);
        break;
    default: break;
    }
    return unsupported(rt, op, a, b, inplace);
}

/* True when the current exception is unsupported()'s TypeError. */
static bool is_unsupported_error(rt_state *rt)
{
    if (!rt_exc_matches(rt, RT_EXC_TypeError))
        return false;
    rt_value args = rt_exc_of(rt->exc)->args;
    if (!args || !rt_is_tuple(args) || rt_tuple_len(args) != 1 || !rt_is_str(rt_tuple_get(args, 0)))
        return false;
    static const char prefix[] = "unsupported operand type(s)";
    return strncmp(rt_str_data(rt_tuple_get(args, 0)), prefix, sizeof prefix - 1) == 0;
}

/* a OP b when either side is an instance of a user class: its special
 * methods, then (NotImplemented from both) the builtin path's error. */
static rt_value user_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b, bool inplace)
{
    rt_value r = rt__inst_binop(rt, op, a, b, inplace);
    if (r != rt->notimpl)
        return r;
    rt_decref(rt, r);
    if (op == RT_OP_MOD && rt_is_str(a))
        return rt_str_percent(rt, a, b); /* "%s" % I(5): the instance, not its base int */
    rt_value ua = rt__native_unwrap(a), ub = rt__native_unwrap(b);
    if (ua != a || ub != b) {
        /* a class derived from a builtin type: the builtin operation on the
         * base values (subclass.c); a += on a list subclass keeps the instance */
        r = inplace ? rt_inplace_op(rt, op, ua, ub) : rt_binop(rt, op, ua, ub);
        if (r && r == ua && ua != a) {
            rt_decref(rt, r);
            rt_incref(a);
            return a;
        }
        if (!r && is_unsupported_error(rt)) {
            /* name the classes, not their base types */
            rt_exc_clear(rt);
            return unsupported(rt, op, a, b, inplace);
        }
        return r;
    }
    if (rt__is_user_obj(a) && rt__is_user_obj(b))
        return unsupported(rt, op, a, b, inplace);
    return RT_NOTIMPL_FALLTHROUGH;
}

/* types._union(a, b): class | class, None | class (PEP 604's union, or
 * NotImplemented). New reference. */
static rt_value types_union(rt_state *rt, rt_value a, rt_value b)
{
    rt_value fn = rt_import_attr(rt, "types", "_union");
    if (!fn)
        return RT_NULL;
    rt_value args[2] = {a, b};
    rt_value r = rt_call(rt, fn, args, 2, RT_NULL);
    rt_decref(rt, fn);
    return r;
}

static bool is_class_with_meta(rt_value v)
{
    return rt_type_of(v) == RT_T_TYPE && rt_type_obj_of(v)->meta;
}

/* An operator with a class operand: its metaclass's method when it has one
 * (class Meta(type): def __or__), then for `|` type.__or__'s union (int |
 * None) when the other operand is a class or None; RT_NOTIMPL_FALLTHROUGH
 * when neither answers (the operators of other operands come next). */
static rt_value class_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b, bool inplace)
{
    if (is_class_with_meta(a) || is_class_with_meta(b)) {
        rt_value r = rt__inst_binop(rt, op, a, b, inplace);
        if (r != rt->notimpl)
            return r;
        rt_decref(rt, r);
    }
    if (op == RT_OP_OR && (a == RT_NONE || rt_type_of(a) == RT_T_TYPE) &&
        (b == RT_NONE || rt_type_of(b) == RT_T_TYPE)) {
        rt_value r = types_union(rt, a, b);
        if (r != rt->notimpl)
            return r;
        rt_decref(rt, r);
    }
    return RT_NOTIMPL_FALLTHROUGH;
}

rt_value rt_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b)
{
    if (rt_is_smallint(a) && rt_is_smallint(b)) {
        int64_t x = rt_smallint_get(a), y = rt_smallint_get(b);
        /* 63-bit operands: sums and differences always fit int64 */
        if (op == RT_OP_ADD)
            return rt_int_from_i64(rt, x + y);
        if (op == RT_OP_SUB)
            return rt_int_from_i64(rt, x - y);
    } else if (rt_is_int(a) && rt_is_int(b)) {
        /* an exact big int with an exact int: what binop's dispatch through
         * rt_num_binop ends in, without the checks on the way (about 100
         * instructions of a big-int sum or product); an operator ints lack
         * (@) goes on to binop's error */
        rt_value r = rt_bigint_binop(rt, op, a, b);
        if (r || rt->exc)
            return r;
    }
    if (__builtin_expect(rt_type_of(a) == RT_T_TYPE || rt_type_of(b) == RT_T_TYPE, 0)) {
        rt_value r = class_binop(rt, op, a, b, false);
        if (r != RT_NOTIMPL_FALLTHROUGH)
            return r;
    }
    if (__builtin_expect(rt__is_user_obj(a) || rt__is_user_obj(b), 0)) {
        rt_value r = user_binop(rt, op, a, b, false);
        if (r != RT_NOTIMPL_FALLTHROUGH)
            return r;
    }
    if (op == RT_OP_MOD && rt_is_str(a))
        return rt_str_percent(rt, a, b); /* printf-style formatting */
    if (op == RT_OP_MOD && rt_is_byteslike(a))
        return rt_bytes_percent(rt, a, b); /* the same for bytes (PEP 461) */
    return binop(rt, op, a, b, false);
}

rt_value rt_inplace_op(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b)
{
    if (__builtin_expect(rt_type_of(a) == RT_T_TYPE || rt_type_of(b) == RT_T_TYPE, 0)) {
        rt_value r = class_binop(rt, op, a, b, true);
        if (r != RT_NOTIMPL_FALLTHROUGH)
            return r;
    }
    if (__builtin_expect(rt__is_user_obj(a) || rt__is_user_obj(b), 0)) {
        rt_value r = user_binop(rt, op, a, b, true);
        if (r != RT_NOTIMPL_FALLTHROUGH)
            return r;
    }
    if (rt_is_bytearray(a)) {
        const char *bp;
        size_t bn;
        if (op == RT_OP_ADD && rt_bytes_view(b, &bp, &bn)) {
            /* CPython exports a's buffer to read b = a, so a cannot grow */
            if (a == b && bn != 0)
                return rt_raise(rt, RT_EXC_BufferError,
                                "Existing exports of data: object cannot be re-sized");
            if (rt_bytearray_extend(rt, a, bp, bn) != 0)
                return RT_NULL;
            rt_incref(a);
            return a;
        }
        if (op == RT_OP_MUL && rt_is_intlike(b)) {
            if (!index_fits(rt, b, RT_EXC_OverflowError) ||
                rt_bytearray_inplace_repeat(rt, a, rt_int_get(b)) != 0)
                return RT_NULL;
            rt_incref(a);
            return a;
        }
    } else if (rt_is_list(a)) {
        if (op == RT_OP_ADD) {
            if (rt_list_extend(rt, a, b) != 0)
                return RT_NULL;
            rt_incref(a);
            return a;
        }
        if (op == RT_OP_MUL && rt_is_intlike(b)) {
            if (rt_list_inplace_repeat(rt, a, rt_int_get(b)) != 0)
                return RT_NULL;
            rt_incref(a);
            return a;
        }
    } else if (rt_is_deque(a) && (op == RT_OP_ADD || (op == RT_OP_MUL && rt_is_intlike(b)))) {
        if (op == RT_OP_MUL && !index_fits(rt, b, RT_EXC_OverflowError))
            return RT_NULL;
        if ((op == RT_OP_ADD ? rt__deque_extend(rt, a, b)
                             : rt__deque_inplace_repeat(rt, a, rt_int_get(b))) != 0)
            return RT_NULL;
        rt_incref(a);
        return a;
    } else if (rt_is_set(a) && rt_is_anyset(b)) {
        int r = 0;
        switch (op) {
        case RT_OP_OR: r = rt_set_update(rt, a, b); break;
        case RT_OP_AND: r = rt_set_intersection_update(rt, a, b); break;
        case RT_OP_SUB: r = rt_set_difference_update(rt, a, b); break;
        case RT_OP_XOR: r = rt_set_symmetric_difference_update(rt, a, b); break;
        default: return unsupported(rt, op, a, b, true);
        }
        if (r != 0)
            return RT_NULL;
        rt_incref(a);
        return a;
    } else if (rt_is_dict(a) && op == RT_OP_OR) {
        /* d |= x is d.update(x): a mapping or any iterable of pairs */
        if (rt_is_dict(b) ? rt_dict_merge(rt, a, b) != 0
                          : rt__dict_update_args(rt, a, "update", &b, 1, RT_NULL) < 0)
            return RT_NULL;
        rt_incref(a);
        return a;
    }
    if (rt_is_smallint(a) && rt_is_smallint(b) && (op == RT_OP_ADD || op == RT_OP_SUB))
        return rt_binop(rt, op, a, b);
    if (op == RT_OP_MOD && rt_is_str(a))
        return rt_str_percent(rt, a, b); /* s %= args: a new str */
    if (op == RT_OP_MOD && rt_is_byteslike(a))
        return rt_bytes_percent(rt, a, b); /* b %= args makes a new bytes or bytearray */
    return binop(rt, op, a, b, true);
}

rt_value rt_unop(rt_state *rt, rt_unop_kind op, rt_value a)
{
    if (op == RT_UOP_NOT) {
        int t = rt_truthy(rt, a);
        return t < 0 ? RT_NULL : rt_bool(!t);
    }
    if (rt__is_user_obj(a))
        return rt__inst_unop(rt, op, a);
    rt_value r = rt_is_complex(a) ? rt__complex_unop(rt, op, a) : rt_num_unop(rt, op, a);
    if (r || rt->exc)
        return r;
    return rt_raise(rt, RT_EXC_TypeError, "bad operand type for unary %s: '%s'",
                    op == RT_UOP_NEG   ? "-"
                    : op == RT_UOP_POS ? "+"
                                       : "~",
                    rt_type_name(a));
}

/* ---- comparison -------------------------------------------------------------------- */

static int eq_impl(rt_state *rt, rt_value a, rt_value b);

static int64_t seq_len(rt_value s)
{
    return rt_is_list(s) ? rt_list_len(s) : rt_tuple_len(s);
}

/* Item i of a list or tuple, owned: a comparison may change the list (an
 * __eq__ that pops it) and free what it held. */
static rt_value seq_item(rt_value s, int64_t i)
{
    rt_value v = rt_is_list(s) ? rt_list_items(s)[i] : rt_tuple_items(s)[i];
    rt_incref(v);
    return v;
}

/* Lexicographic comparison of two lists or tuples. The lengths and items
 * are read again at each step, as the comparisons may change a list. */
static int seq_compare(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b)
{
    if ((op == RT_CMP_EQ || op == RT_CMP_NE) && seq_len(a) != seq_len(b))
        return op == RT_CMP_NE;
    int64_t i;
    for (i = 0; i < seq_len(a) && i < seq_len(b); i++) {
        rt_value x = seq_item(a, i), y = seq_item(b, i);
        int eq = rt_eq(rt, x, y);
        rt_decref(rt, x);
        rt_decref(rt, y);
        if (eq < 0)
            return -1;
        if (!eq)
            break;
    }
    int64_t na = seq_len(a), nb = seq_len(b);
    if (i >= na || i >= nb) {
        int c = na < nb ? -1 : na > nb ? 1 : 0;
        switch (op) {
        case RT_CMP_LT: return c < 0;
        case RT_CMP_LE: return c <= 0;
        case RT_CMP_EQ: return c == 0;
        case RT_CMP_NE: return c != 0;
        case RT_CMP_GT: return c > 0;
        default: return c >= 0;
        }
    }
    if (op == RT_CMP_EQ)
        return 0;
    if (op == RT_CMP_NE)
        return 1;
    rt_value x = seq_item(a, i), y = seq_item(b, i);
    int r = rt_compare_bool(rt, op, x, y);
    rt_decref(rt, x);
    rt_decref(rt, y);
    return r;
}

static int dict_equal(rt_state *rt, rt_value a, rt_value b)
{
    if (rt_dict_len(a) != rt_dict_len(b))
        return 0;
    int64_t pos = 0;
    rt_value k, v;
    while (rt_dict_next(a, &pos, &k, &v)) {
        rt_incref(k);
        rt_incref(v);
        rt_value w = RT_NULL;
        int found = rt_dict_lookup(rt, b, k, &w);
        int eq = found > 0 ? rt_eq(rt, v, w) : found;
        rt_decref(rt, k);
        rt_decref(rt, v);
        if (eq <= 0)
            return eq;
    }
    return 1;
}

static int views_equal(rt_state *rt, rt_value a, rt_value b)
{
    /* keys/items views compare as sets */
    rt_value sa = rt_set_from_iter(rt, a);
    if (!sa)
        return -1;
    rt_value sb = rt_set_from_iter(rt, b);
    if (!sb) {
        rt_decref(rt, sa);
        return -1;
    }
    int r = rt_set_equal(rt, sa, sb);
    rt_decref(rt, sa);
    rt_decref(rt, sb);
    return r;
}

/* a == b without the identity shortcut (float('nan') != itself). */
static int eq_impl(rt_state *rt, rt_value a, rt_value b)
{
    if (rt_is_smallint(a) && rt_is_smallint(b))
        return a == b;
    if (__builtin_expect(rt__is_user_obj(a) || rt__is_user_obj(b), 0))
        return rt_compare_bool(rt, RT_CMP_EQ, a, b);
    if (rt_is_number(a) && rt_is_number(b))
        return rt_num_compare(RT_CMP_EQ, a, b);
    rt_type_id ta = rt_type_of(a), tb = rt_type_of(b);
    if (ta == RT_T_COMPLEX || tb == RT_T_COMPLEX)
        return rt__complex_eq(a, b);
    if (ta != tb && rt_is_byteslike(a) && rt_is_byteslike(b))
        return byteslike_cmp(a, b) == 0;
    if (ta != tb && rt_is_anyset(a) && rt_is_anyset(b))
        return rt_set_equal(rt, a, b);
    if ((is_set_view(a) && rt_is_anyset(b)) || (rt_is_anyset(a) && is_set_view(b)))
        return view_compare(rt, RT_CMP_EQ, a, b);
    if (ta == RT_T_MAPPINGPROXY || tb == RT_T_MAPPINGPROXY) /* compares as its dict */
        return rt_eq(rt, ta == RT_T_MAPPINGPROXY ? rt_mproxy_of(a)->mapping : a,
                     tb == RT_T_MAPPINGPROXY ? rt_mproxy_of(b)->mapping : b);
    if (ta == RT_T_MEMORYVIEW || tb == RT_T_MEMORYVIEW)
        return rt__mview_eq(rt, a, b);
    if (ta != tb)
        return a == b && ta != RT_T_FLOAT;
    int r;
    switch (ta) {
    case RT_T_STR: return rt_str_eq(a, b);
    case RT_T_BYTES: return rt_bytes_eq(a, b);
    case RT_T_BYTEARRAY: return byteslike_cmp(a, b) == 0;
    case RT_T_LIST:
    case RT_T_TUPLE:
        if (a == b)
            return 1; /* elements compare by identity first anyway */
        if (rt__nest_enter(rt, " in comparison") != 0)
            return -1;
        r = seq_compare(rt, RT_CMP_EQ, a, b);
        rt__nest_leave(rt);
        return r;
    case RT_T_DICT:
        if (a == b)
            return 1;
        if (rt__nest_enter(rt, " in comparison") != 0)
            return -1;
        r = dict_equal(rt, a, b);
        rt__nest_leave(rt);
        return r;
    case RT_T_SET:
    case RT_T_FROZENSET: return a == b ? 1 : rt_set_equal(rt, a, b);
    case RT_T_DEQUE: return rt__deque_compare(rt, RT_CMP_EQ, a, b);
    case RT_T_WEAKREF: return rt__weakref_eq(rt, a, b);
    case RT_T_RANGE: return rt_range_eq(rt, a, b);
    case RT_T_BUILTIN: return rt__builtin_eq(a, b);
    case RT_T_METHOD: {
        /* bound methods are equal when they bind the same function to the same object */
        rt_descr *x = rt_descr_of(a), *y = rt_descr_of(b);
        if (x->b != y->b)
            return 0;
        return rt_eq(rt, x->a, y->a);
    }
    case RT_T_CELL: {
        rt_value x = rt_cell_get(a), y = rt_cell_get(b);
        if (!x || !y)
            return x == y;
        return rt_eq(rt, x, y);
    }
    case RT_T_SLICE: {
        rt_slice_obj *x = rt_slice_obj_of(a), *y = rt_slice_obj_of(b);
        rt_value xs[3] = {x->start, x->stop, x->step}, ys[3] = {y->start, y->stop, y->step};
        for (int k = 0; k < 3; k++) { /* a slice cannot change: its parts stay alive */
            int eq = rt_eq(rt, xs[k], ys[k]);
            if (eq <= 0)
                return eq;
        }
        return 1;
    }
    case RT_T_ITER: {
        rt_iter_obj *x = rt_iter_obj_of(a), *y = rt_iter_obj_of(b);
        if (rt_iter_is_view(a) && rt_iter_is_view(b) && x->kind == y->kind &&
            x->kind != RT_ITER_VALUES_VIEW)
            return views_equal(rt, a, b);
        return a == b;
    }
    default: return a == b;
    }
}

int rt_eq(rt_state *rt, rt_value a, rt_value b)
{
    if (a == b)
        return 1;
    return eq_impl(rt, a, b);
}

static int order_error(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b)
{
    rt_raise(rt, RT_EXC_TypeError, "'%s' not supported between instances of '%s' and '%s'",
             cmp_sym[op], rt_type_name(a), rt_type_name(b));
    return -1;
}

int rt_compare_bool(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b)
{
    if (rt_is_smallint(a) && rt_is_smallint(b)) {
        int64_t x = (int64_t)a, y = (int64_t)b; /* tagging preserves order */
        switch (op) {
        case RT_CMP_LT: return x < y;
        case RT_CMP_LE: return x <= y;
        case RT_CMP_EQ: return x == y;
        case RT_CMP_NE: return x != y;
        case RT_CMP_GT: return x > y;
        default: return x >= y;
        }
    }
    if (__builtin_expect(rt__is_user_obj(a) || rt__is_user_obj(b), 0)) {
        rt_value r = rt__inst_compare(rt, op, a, b);
        if (!r)
            return -1;
        int t = rt_truthy(rt, r);
        rt_decref(rt, r);
        return t;
    }
    if (op == RT_CMP_EQ || op == RT_CMP_NE) {
        int eq = eq_impl(rt, a, b);
        return eq < 0 ? -1 : (op == RT_CMP_EQ ? eq : !eq);
    }
    if (rt_is_number(a) && rt_is_number(b))
        return rt_num_compare(op, a, b);
    rt_type_id ta = rt_type_of(a), tb = rt_type_of(b);
    if (ta != tb && rt_is_byteslike(a) && rt_is_byteslike(b))
        ta = tb = RT_T_BYTEARRAY; /* bytes and bytearray compare by content */
    if ((is_set_view(a) && (rt_is_anyset(b) || is_set_view(b))) ||
        (is_set_view(b) && rt_is_anyset(a)))
        return view_compare(rt, op, a, b);
    if (ta != tb && rt_is_anyset(a) && rt_is_anyset(b))
        ta = tb = RT_T_SET; /* so do set and frozenset */
    if (ta != tb)
        return order_error(rt, op, a, b);
    int r;
    switch (ta) {
    case RT_T_STR:
    case RT_T_BYTES:
    case RT_T_BYTEARRAY: {
        int c = ta == RT_T_STR ? rt_str_cmp(a, b) : byteslike_cmp(a, b);
        return op == RT_CMP_LT   ? c < 0
               : op == RT_CMP_LE ? c <= 0
               : op == RT_CMP_GT ? c > 0
                                 : c >= 0;
    }
    case RT_T_LIST:
    case RT_T_TUPLE:
        if (rt__nest_enter(rt, " in comparison") != 0)
            return -1;
        r = seq_compare(rt, op, a, b);
        rt__nest_leave(rt);
        return r;
    case RT_T_DEQUE: return rt__deque_compare(rt, op, a, b);
    case RT_T_SET:
    case RT_T_FROZENSET:
        switch (op) {
        case RT_CMP_LE: return rt_set_issubset(rt, a, b);
        case RT_CMP_GE: return rt_set_issubset(rt, b, a);
        case RT_CMP_LT: return rt_set_len(a) < rt_set_len(b) ? rt_set_issubset(rt, a, b) : 0;
        default: return rt_set_len(b) < rt_set_len(a) ? rt_set_issubset(rt, b, a) : 0;
        }
    default: return order_error(rt, op, a, b);
    }
}

rt_value rt_compare(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b)
{
    if (__builtin_expect(rt__is_user_obj(a) || rt__is_user_obj(b), 0))
        return rt__inst_compare(rt, op, a, b);
    int r = rt_compare_bool(rt, op, a, b);
    return r < 0 ? RT_NULL : rt_bool(r);
}

/* ---- truth, len (hashing: hash.c) ---------------------------------------------------------------
 */

int rt_truthy(rt_state *rt, rt_value v)
{
    (void)rt;
    if (rt_is_smallint(v))
        return v != rt_smallint(0);
    if (v == RT_TRUE)
        return 1;
    if (v == RT_FALSE || v == RT_NONE)
        return 0;
    switch (rt_type_of(v)) {
    case RT_T_INT: return rt_bigint_sign(v) != 0;
    case RT_T_FLOAT: return rt_float_get(v) != 0.0;
    case RT_T_COMPLEX: return rt_complex_of(v)->re != 0.0 || rt_complex_of(v)->im != 0.0;
    case RT_T_STR: return rt_str_len(v) != 0;
    case RT_T_BYTES: return rt_bytes_len(v) != 0;
    case RT_T_BYTEARRAY: return rt_bytearray_len(v) != 0;
    case RT_T_LIST: return rt_list_len(v) != 0;
    case RT_T_TUPLE: return rt_tuple_len(v) != 0;
    case RT_T_DICT: return rt_dict_len(v) != 0;
    case RT_T_SET:
    case RT_T_FROZENSET: return rt_set_len(v) != 0;
    case RT_T_DEQUE: return rt_deque_obj_of(v)->len != 0;
    case RT_T_RANGE: return rt_range_obj_of(v)->len != 0;
    case RT_T_ITER:
        if (rt_iter_is_view(v))
            return rt_dict_len(rt_iter_obj_of(v)->src) != 0;
        return 1;
    case RT_T_INSTANCE:
    case RT_T_EXC: /* an exception class may define __bool__ or __len__ */
        return rt__inst_truthy(rt, v);
    case RT_T_TYPE: return rt_type_obj_of(v)->meta ? rt__inst_truthy(rt, v) : 1;
    case RT_T_MAPPINGPROXY: return rt_dict_len(rt_mproxy_of(v)->mapping) != 0;
    case RT_T_MEMORYVIEW: {
        int64_t n;
        return rt__mview_len(rt, v, &n) < 0 ? -1 : n != 0;
    }
    default: return 1;
    }
}

int rt_len(rt_state *rt, rt_value v, int64_t *out)
{
    switch (rt_type_of(v)) {
    case RT_T_STR: *out = rt_str_nchars(v); return 0;
    case RT_T_BYTES: *out = rt_bytes_len(v); return 0;
    case RT_T_BYTEARRAY: *out = rt_bytearray_len(v); return 0;
    case RT_T_LIST: *out = rt_list_len(v); return 0;
    case RT_T_TUPLE: *out = rt_tuple_len(v); return 0;
    case RT_T_DICT: *out = rt_dict_len(v); return 0;
    case RT_T_SET:
    case RT_T_FROZENSET: *out = rt_set_len(v); return 0;
    case RT_T_DEQUE: *out = rt_deque_obj_of(v)->len; return 0;
    case RT_T_RANGE: return rt_range_len(rt, v, out);
    case RT_T_ITER:
        if (rt_iter_is_view(v)) {
            *out = rt_dict_len(rt_iter_obj_of(v)->src);
            return 0;
        }
        break;
    case RT_T_INSTANCE:
    case RT_T_EXC: return rt__inst_len(rt, v, out);
    case RT_T_MAPPINGPROXY: *out = rt_dict_len(rt_mproxy_of(v)->mapping); return 0;
    case RT_T_MEMORYVIEW: return rt__mview_len(rt, v, out);
    case RT_T_TYPE: /* len(C) through C's metaclass */
        if (rt_type_obj_of(v)->meta)
            return rt__inst_len(rt, v, out);
        break;
    default: break;
    }
    rt_raise(rt, RT_EXC_TypeError, "object of type '%s' has no len()", rt_type_name(v));
    return -1;
}

/* ---- containment and items ---------------------------------------------------------------- */

static int seq_contains(rt_state *rt, const rt_value *items, int64_t n, rt_value x)
{
    for (int64_t i = 0; i < n; i++) {
        int eq = rt_eq(rt, items[i], x);
        if (eq)
            return eq;
    }
    return 0;
}

static int contains_by_iterating(rt_state *rt, rt_value c, rt_value x);

int rt_contains(rt_state *rt, rt_value c, rt_value x)
{
    rt_value dummy;
    switch (rt_type_of(c)) {
    case RT_T_STR:
        if (!rt_is_str(rt__native_unwrap(x))) {
            rt_raise(rt, RT_EXC_TypeError, "'in <string>' requires string as left operand, not %s",
                     rt_type_name(x));
            return -1;
        }
        return rt_str_contains(c, rt__native_unwrap(x));
    case RT_T_BYTES:
    case RT_T_BYTEARRAY: return rt_bytes_contains(rt, c, x);
    case RT_T_LIST:
        for (int64_t i = 0; i < rt_list_len(c); i++) {
            rt_value item = rt_list_get(c, i);
            rt_incref(item);
            int eq = rt_eq(rt, item, x);
            rt_decref(rt, item);
            if (eq)
                return eq;
        }
        return 0;
    case RT_T_TUPLE: return seq_contains(rt, rt_tuple_items(c), rt_tuple_len(c), x);
    case RT_T_DICT: return rt_dict_lookup(rt, c, x, &dummy);
    case RT_T_SET:
    case RT_T_FROZENSET: return rt_set_contains_key(rt, c, x);
    case RT_T_RANGE: return rt_range_contains(rt, c, x);
    case RT_T_DEQUE: return rt__deque_contains(rt, c, x);
    case RT_T_ITER: {
        rt_iter_obj *it = rt_iter_obj_of(c);
        if (it->kind == RT_ITER_KEYS_VIEW)
            return rt_dict_lookup(rt, it->src, x, &dummy);
        if (it->kind == RT_ITER_ITEMS_VIEW) {
            if (!rt_is_tuple(x) || rt_tuple_len(x) != 2)
                return 0;
            int f = rt_dict_lookup(rt, it->src, rt_tuple_get(x, 0), &dummy);
            return f <= 0 ? f : rt_eq(rt, dummy, rt_tuple_get(x, 1));
        }
        return contains_by_iterating(rt, c, x);
    }
    case RT_T_GENERATOR:
    case RT_T_ITERTOOL:
    case RT_T_MEMORYVIEW: return contains_by_iterating(rt, c, x);
    case RT_T_INSTANCE: return rt__inst_contains(rt, c, x);
    case RT_T_MAPPINGPROXY: return rt_contains(rt, rt_mproxy_of(c)->mapping, x);
    case RT_T_TYPE:
        if (rt_type_obj_of(c)->meta)
            return rt__inst_contains(rt, c, x);
        /* fall through */
    default:
        rt_raise(rt, RT_EXC_TypeError, "argument of type '%s' is not iterable", rt_type_name(c));
        return -1;
    }
}

/* `x in it` for iterators: consumes it up to the first equal item. */
static int contains_by_iterating(rt_state *rt, rt_value c, rt_value x)
{
    rt_value iter = rt_getiter(rt, c), v;
    if (!iter)
        return -1;
    int st, r = 0;
    while ((st = rt_iternext(rt, iter, &v)) == 1) {
        r = rt_eq(rt, v, x);
        rt_decref(rt, v);
        if (r)
            break;
    }
    rt_decref(rt, iter);
    return st < 0 ? -1 : r;
}

/* Normalises a Python index against len; false when out of range. */
static bool norm_index(int64_t *i, int64_t len)
{
    if (*i < 0)
        *i += len;
    return *i >= 0 && *i < len;
}

/* list[int] and the like (PEP 585): types.GenericAlias(cls, key), from the
 * frozen library's `types`. New reference. */
static rt_value builtin_alias(rt_state *rt, rt_value cls, rt_value key)
{
    rt_value ga = rt_import_attr(rt, "types", "GenericAlias");
    if (!ga)
        return RT_NULL;
    rt_value args[2] = {cls, key};
    rt_value r = rt_call(rt, ga, args, 2, RT_NULL);
    rt_decref(rt, ga);
    return r;
}

/* cls[key] for a class: cls.__class_getitem__(key), which is a class method
 * even when defined as a plain function (the class statement made it one,
 * CPython's rule); without one, "type 'C' is not subscriptable". */
static rt_value class_getitem(rt_state *rt, rt_value cls, rt_value key)
{
    rt_value f = rt_getattr(rt, cls, rt->ids[RT_ID_class_getitem]);
    if (!f) {
        if (!rt_exc_matches(rt, RT_EXC_AttributeError))
            return RT_NULL;
        rt_exc_clear(rt);
        static const rt_type_id generic[] = {RT_T_LIST,      RT_T_DICT, RT_T_TUPLE, RT_T_SET,
                                             RT_T_FROZENSET, RT_T_TYPE, RT_T_DEQUE};
        for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
            if (cls == rt->type_objs[generic[i]])
                return builtin_alias(rt, cls, key);
        return rt_raise(rt, RT_EXC_TypeError, "type '%s' is not subscriptable",
                        rt_type_obj_name(cls));
    }
    rt_value r = rt_call(rt, f, &key, 1, RT_NULL);
    rt_decref(rt, f);
    return r;
}

/* An instance of an int subclass (an IntEnum member) indexes a sequence as
 * its int value: the key to use, borrowed. */
static rt_value seq_key(rt_value key)
{
    if (__builtin_expect(rt__is_user_obj(key), 0)) {
        rt_value b = rt__native_base(key);
        if (b && rt_is_intlike(b))
            return b;
    }
    return key;
}

rt_value rt_getitem(rt_state *rt, rt_value v, rt_value key)
{
    rt_type_id t = rt_type_of(v);
    int64_t i, start, step, n;
    if (t == RT_T_LIST || t == RT_T_TUPLE || t == RT_T_STR || t == RT_T_BYTES ||
        t == RT_T_BYTEARRAY || t == RT_T_RANGE || t == RT_T_DEQUE)
        key = seq_key(key);
    if (__builtin_expect(rt__is_user_obj(key), 0) &&
        (t == RT_T_LIST || t == RT_T_TUPLE || t == RT_T_STR || t == RT_T_BYTES ||
         t == RT_T_BYTEARRAY || t == RT_T_RANGE || t == RT_T_DEQUE) &&
        rt__special(rt, key, RT_ID_index)) {
        /* seq[obj] with obj.__index__() */
        if (rt_arg_index(rt, key, &i) < 0)
            return RT_NULL;
        rt_value k = rt_int_from_i64(rt, i);
        rt_value r = k ? rt_getitem(rt, v, k) : RT_NULL;
        rt_decref(rt, k);
        return r;
    }
    if (t != RT_T_DICT && t != RT_T_INSTANCE && t != RT_T_DEQUE && t != RT_T_RANGE &&
        !index_fits(rt, key, RT_EXC_IndexError))
        return RT_NULL;
    switch (t) {
    case RT_T_LIST:
    case RT_T_TUPLE:
    case RT_T_STR: {
        int64_t len = t == RT_T_LIST    ? rt_list_len(v)
                      : t == RT_T_TUPLE ? rt_tuple_len(v)
                                        : rt_str_nchars(v);
        if (rt_is_intlike(key)) {
            i = rt_int_get(key);
            if (t == RT_T_STR)
                return rt_str_getitem(rt, v, i);
            if (!norm_index(&i, len))
                return rt_raise(rt, RT_EXC_IndexError, "%s index out of range", rt_type_name(v));
            rt_value r = t == RT_T_LIST ? rt_list_get(v, i) : rt_tuple_get(v, i);
            rt_incref(r);
            return r;
        }
        if (rt_is_slice(key)) {
            if (rt_slice_indices(rt, key, len, &start, &step, &n) != 0)
                return RT_NULL;
            if (t == RT_T_LIST)
                return rt_list_slice(rt, v, start, step, n);
            if (t == RT_T_TUPLE)
                return rt_tuple_slice(rt, v, start, step, n);
            return rt_str_slice(rt, v, start, step, n);
        }
        if (t == RT_T_STR)
            return rt_raise(rt, RT_EXC_TypeError, "string indices must be integers, not '%s'",
                            rt_type_name(key));
        return rt_raise(rt, RT_EXC_TypeError, "%s indices must be integers or slices, not %s",
                        rt_type_name(v), rt_type_name(key));
    }
    case RT_T_DICT: {
        rt_value r;
        int f = rt_dict_lookup(rt, v, key, &r);
        if (f < 0)
            return RT_NULL;
        if (f == 0)
            return rt_raise_value(rt, RT_EXC_KeyError, key);
        rt_incref(r);
        return r;
    }
    case RT_T_BYTES:
    case RT_T_BYTEARRAY:
        if (rt_is_intlike(key))
            return rt_bytes_getitem(rt, v, rt_int_get(key));
        if (rt_is_slice(key)) {
            if (rt_slice_indices(rt, key, rt_byteslike_len(v), &start, &step, &n) != 0)
                return RT_NULL;
            return rt_bytes_slice(rt, v, start, step, n);
        }
        return rt_raise(rt, RT_EXC_TypeError, "%s indices must be integers or slices, not %s",
                        t == RT_T_BYTES ? "byte" : "bytearray", rt_type_name(key));
    case RT_T_RANGE:
        if (rt_is_intlike(key))
            return rt_range_getitem(rt, v, key);
        if (rt_is_slice(key))
            return rt_range_slice(rt, v, key);
        return rt_raise(rt, RT_EXC_TypeError, "range indices must be integers or slices, not %s",
                        rt_type_name(key));
    case RT_T_INSTANCE: return rt__inst_getitem(rt, v, key);
    case RT_T_DEQUE: return rt__deque_getitem(rt, v, key);
    case RT_T_MAPPINGPROXY: return rt_getitem(rt, rt_mproxy_of(v)->mapping, key);
    case RT_T_MEMORYVIEW: return rt__mview_getitem(rt, v, key);
    case RT_T_TYPE:
        if (rt__special(rt, v, RT_ID_getitem)) /* the metaclass's __getitem__ comes first */
            return rt__inst_getitem(rt, v, key);
        return class_getitem(rt, v, key);
    default:
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object is not subscriptable", rt_type_name(v));
    }
}

int rt_setitem(rt_state *rt, rt_value v, rt_value key, rt_value val)
{
    if (rt_type_of(v) == RT_T_LIST || rt_type_of(v) == RT_T_BYTEARRAY ||
        rt_type_of(v) == RT_T_DEQUE)
        key = seq_key(key);
    if ((rt_type_of(v) == RT_T_LIST || rt_type_of(v) == RT_T_BYTEARRAY) &&
        !index_fits(rt, key, RT_EXC_IndexError))
        return -1;
    switch (rt_type_of(v)) {
    case RT_T_BYTEARRAY: return rt_bytearray_setitem(rt, v, key, val);
    case RT_T_MEMORYVIEW: return rt__mview_setitem(rt, v, key, val);
    case RT_T_LIST:
        if (rt_is_intlike(key)) {
            int64_t i = rt_int_get(key);
            if (!norm_index(&i, rt_list_len(v))) {
                rt_raise(rt, RT_EXC_IndexError, "list assignment index out of range");
                return -1;
            }
            rt_list_set(rt, v, i, val);
            return 0;
        }
        if (rt_is_slice(key))
            return rt_list_set_slice(rt, v, key, val);
        rt_raise(rt, RT_EXC_TypeError, "list indices must be integers or slices, not %s",
                 rt_type_name(key));
        return -1;
    case RT_T_DICT: return rt_dict_set(rt, v, key, val);
    case RT_T_INSTANCE: return rt__inst_setitem(rt, v, key, val);
    case RT_T_DEQUE: return rt__deque_setitem(rt, v, key, val);
    default:
        rt_raise(rt, RT_EXC_TypeError, "'%s' object does not support item assignment",
                 rt_type_name(v));
        return -1;
    }
}

int rt_delitem(rt_state *rt, rt_value v, rt_value key)
{
    if (rt_type_of(v) == RT_T_LIST || rt_type_of(v) == RT_T_BYTEARRAY ||
        rt_type_of(v) == RT_T_DEQUE)
        key = seq_key(key);
    if ((rt_type_of(v) == RT_T_LIST || rt_type_of(v) == RT_T_BYTEARRAY) &&
        !index_fits(rt, key, RT_EXC_IndexError))
        return -1;
    switch (rt_type_of(v)) {
    case RT_T_BYTEARRAY: return rt_bytearray_delitem(rt, v, key);
    case RT_T_MEMORYVIEW: return rt__mview_setitem(rt, v, key, RT_NULL);
    case RT_T_LIST:
        if (rt_is_intlike(key)) {
            int64_t i = rt_int_get(key);
            if (!norm_index(&i, rt_list_len(v))) {
                rt_raise(rt, RT_EXC_IndexError, "list assignment index out of range");
                return -1;
            }
            rt_value old = rt_list_pop(rt, v, i);
            rt_decref(rt, old);
            return old ? 0 : -1;
        }
        if (rt_is_slice(key))
            return rt_list_del_slice(rt, v, key);
        rt_raise(rt, RT_EXC_TypeError, "list indices must be integers or slices, not %s",
                 rt_type_name(key));
        return -1;
    case RT_T_DICT: return rt_dict_del(rt, v, key);
    case RT_T_INSTANCE: return rt__inst_setitem(rt, v, key, RT_NULL);
    case RT_T_DEQUE: return rt__deque_setitem(rt, v, key, RT_NULL);
    case RT_T_MAPPINGPROXY: /* a mapping without deletion: CPython words it so */
        rt_raise(rt, RT_EXC_TypeError, "'mappingproxy' object does not support item deletion");
        return -1;
    default:
        rt_raise(rt, RT_EXC_TypeError, "'%s' object doesn't support item deletion",
                 rt_type_name(v));
        return -1;
    }
}

/* ---- iteration -------------------------------------------------------------------------- */

rt_value rt_getiter(rt_state *rt, rt_value v)
{
    if (rt_is_gen(v)) {
        if (rt_gen_of(v)->is_coro || rt_gen_of(v)->agen)
            return rt_raise(rt, RT_EXC_TypeError, "'%s' object is not iterable", rt_type_name(v));
        rt_incref(v);
        return v;
    }
    if (rt_type_of(v) == RT_T_AGEN_AWAIT) { /* the awaitables are their own iterators */
        rt_incref(v);
        return v;
    }
    if (rt_type_of(v) == RT_T_INSTANCE || (rt_type_of(v) == RT_T_TYPE && rt_type_obj_of(v)->meta))
        return rt__inst_getiter(rt, v);
    if (rt_type_of(v) == RT_T_MAPPINGPROXY)
        return rt_iter_new(rt, rt_mproxy_of(v)->mapping);
    if (rt_is_itertool(v)) {
        rt_incref(v);
        return v;
    }
    return rt_iter_new(rt, v);
}

int rt_iternext(rt_state *rt, rt_value it, rt_value *out)
{
    if (rt__vm_c_step(rt) < 0)
        return -1;
    return rt__iternext_unpaced(rt, it, out);
}

int rt__iternext_unpaced(rt_state *rt, rt_value it, rt_value *out)
{
    /* map(f, map(f, ...)) and the other wrapping iterators ask their source
     * from C: a chain of 100,000 of them would overflow the C stack (as it
     * does CPython 3.11), so the stack budget ends it in RecursionError */
    if (__builtin_expect(rt__stack_exhausted(rt->stack_base), 0)) {
        rt_raise(rt, RT_EXC_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    if (rt_is_iter(it))
        return rt_iter_next(rt, it, out);
    if (rt_is_gen(it))
        return rt_gen_next(rt, it, out);
    if (rt_is_itertool(it))
        return rt_itertool_next(rt, it, out);
    if (rt_type_of(it) == RT_T_INSTANCE)
        return rt__inst_iternext(rt, it, out);
    if (rt_type_of(it) == RT_T_AGEN_AWAIT)
        return rt__agen_await_next(rt, it, out);
    rt_raise(rt, RT_EXC_TypeError, "'%s' object is not an iterator", rt_type_name(it));
    return -1;
}

/* ---- attributes ------------------------------------------------------------------------- */

/* The protocol slots of the types that have their own attribute or repr
 * code; a NULL slot means the generic code above (methods from the
 * per-type tables, "<x object at 0x...>"). */
const rt_typeops rt_protocols[RT_T_COUNT] = {
    [RT_T_FUNCTION] = {rt__func_getattr, rt_func_setattr, rt__func_repr},
    [RT_T_BUILTIN] = {rt__builtin_getattr, NULL, rt__builtin_repr},
    [RT_T_CELL] = {rt__cell_getattr, rt__cell_setattr, rt__cell_repr},
    [RT_T_CODE] = {rt__code_getattr, NULL, rt__code_repr},
    [RT_T_EXC] = {rt__exc_getattr, rt__exc_setattr, rt__inst_repr},
    [RT_T_TYPE] = {rt__type_getattr, rt__type_setattr, rt__type_repr},
    [RT_T_MODULE] = {rt__module_getattr, rt__module_setattr, rt__module_repr},
    [RT_T_RANGE] = {rt_range_getattr, NULL, rt_range_repr},
    [RT_T_SLICE] = {rt_slice_getattr, NULL, rt_slice_repr},
    [RT_T_ITER] = {rt__iter_getattr, NULL, rt_iter_repr},
    [RT_T_MAPPINGPROXY] = {NULL, NULL, rt__mproxy_repr},
    [RT_T_INSTANCE] = {rt__inst_getattr, rt__inst_setattr, rt__inst_repr},
    [RT_T_METHOD] = {rt__descr_getattr, NULL, rt__descr_repr},
    [RT_T_STATICMETHOD] = {rt__descr_getattr, NULL, rt__descr_repr},
    [RT_T_CLASSMETHOD] = {rt__descr_getattr, NULL, rt__descr_repr},
    [RT_T_PROPERTY] = {rt__descr_getattr, rt__property_setattr, rt__descr_repr},
    [RT_T_SUPER] = {rt__descr_getattr, NULL, rt__descr_repr},
    [RT_T_NOTIMPL] = {rt__descr_getattr, NULL, rt__descr_repr},
    [RT_T_ELLIPSIS] = {rt__descr_getattr, NULL, rt__descr_repr},
    [RT_T_MEMBER] = {rt__descr_getattr, NULL, rt__descr_repr},
    [RT_T_GETSET] = {rt__getset_getattr, NULL, rt__getset_repr},
    [RT_T_GENERATOR] = {rt__gen_getattr, NULL, rt__gen_repr},
    [RT_T_WEAKREF] = {rt__weakref_getattr, NULL, rt__weakref_repr},
    [RT_T_DEQUE] = {rt__deque_getattr, rt__deque_setattr, rt__deque_repr},
    [RT_T_ITERTOOL] = {rt__tee_getattr, NULL, rt__itertool_repr},
    [RT_T_LRU] = {rt__lru_getattr, rt__lru_setattr, rt__lru_repr},
    [RT_T_COMPLEX] = {rt__complex_getattr, rt__complex_setattr, rt__complex_repr},
    [RT_T_MEMORYVIEW] = {rt__mview_getattr, rt__mview_setattr, rt__mview_repr},
    [RT_T_AGEN_AWAIT] = {rt__agen_await_getattr, NULL, rt__agen_await_repr},
};

/* The data attributes of int, bool and float (real, imag, numerator,
 * denominator); RT_NULL without an exception for another name. */
static rt_value number_attr(rt_state *rt, rt_value v, rt_value name)
{
    bool is_float = rt_is_float(v);
    if (rt_str_eq_cstr(name, "real") || (!is_float && rt_str_eq_cstr(name, "numerator"))) {
        if (rt_is_bool(v))
            return rt_smallint(v == RT_TRUE);
        rt_incref(v);
        return v;
    }
    if (rt_str_eq_cstr(name, "imag"))
        return is_float ? rt_float_new(rt, 0.0) : rt_smallint(0);
    if (!is_float && rt_str_eq_cstr(name, "denominator"))
        return rt_smallint(1);
    return RT_NULL;
}

rt_value rt_getattr(rt_state *rt, rt_value v, rt_value name)
{
    rt_type_id t = rt_type_of(v);
    if (rt_protocols[t].getattr)
        return rt_protocols[t].getattr(rt, v, name);
    if (rt_str_eq_cstr(name, "__class__")) {
        rt_value c = rt_type_obj_get(rt, v);
        rt_incref(c);
        return c;
    }
    const rt_builtin_def *def = rt_method_find(rt, t, name);
    if (def)
        return rt_builtin_new(rt, def, v);
    if (rt->exc)
        return RT_NULL;
    if (t == RT_T_INT || t == RT_T_BOOL || t == RT_T_FLOAT) {
        rt_value r = number_attr(rt, v, name);
        if (r)
            return r;
    }
    return rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '%s'", rt_type_name(v),
                    rt_str_data(name));
}

int rt_setattr(rt_state *rt, rt_value v, rt_value name, rt_value value)
{
    rt_type_id t = rt_type_of(v);
    if (rt_protocols[t].setattr)
        return rt_protocols[t].setattr(rt, v, name, value);
    int has = rt_hasattr(rt, v, name);
    if (has < 0)
        return -1;
    /* a super object finds the attributes of the classes after its own, but
     * has none of its own to refuse as read-only */
    if (has && value && t != RT_T_SUPER)
        rt_raise(rt, RT_EXC_AttributeError, "'%s' object attribute '%s' is read-only",
                 rt_type_name(v), rt_str_data(name));
    else
        rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '%s'", rt_type_name(v),
                 rt_str_data(name));
    return -1;
}

int rt_hasattr(rt_state *rt, rt_value v, rt_value name)
{
    rt_value r = rt_getattr(rt, v, name);
    if (r) {
        rt_decref(rt, r);
        return 1;
    }
    if (rt_exc_matches(rt, RT_EXC_AttributeError)) {
        rt_exc_clear(rt);
        return 0;
    }
    return -1;
}
