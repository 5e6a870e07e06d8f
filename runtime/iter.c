/* iter.c: the iterator type (one struct, a kind per source) and dict views. */
#include "runtime/iter.h"

#include <inttypes.h>
#include <stdio.h>

#include "runtime/bigint.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/deque.h"
#include "runtime/dict.h"
#include "runtime/heap.h"
#include "runtime/heap_fast.h"
#include "runtime/list.h"
#include "runtime/memoryview.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

static const char *const kind_names[RT_ITER_KIND_COUNT] = {
#define RT_X_ITER(id, name) name,
    RT_ITER_KINDS(RT_X_ITER)
#undef RT_X_ITER
};

_Static_assert(RT_ITER_KIND_COUNT <= RT_ITER_TYPES_MAX, "state.h has a type per kind");

const char *rt_iter_kind_name(rt_iter_kind kind)
{
    return (unsigned)kind < RT_ITER_KIND_COUNT ? kind_names[kind] : "iterator";
}

/* ---- object ----------------------------------------------------------------------- */

static size_t iter_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_gc_link) + sizeof(rt_iter_obj);
}

static void iter_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_iter_obj *it = (rt_iter_obj *)o;
    if (rt_is_obj(it->src))
        visit(rt_as_obj(it->src), arg);
    if (rt_is_obj(it->fn))
        visit(rt_as_obj(it->fn), arg);
}

static void iter_clear(rt_state *rt, rt_obj *o)
{
    rt_iter_obj *it = (rt_iter_obj *)o;
    rt_value s = it->src, f = it->fn;
    it->src = it->fn = RT_NULL;
    rt_decref(rt, s);
    rt_decref(rt, f);
}

static void iter_dealloc(rt_state *rt, rt_obj *o)
{
    iter_clear(rt, o);
    rt__obj_free_inline(rt, o, RT_T_ITER, sizeof(rt_iter_obj));
}

const rt_typeinfo rt__iter_typeinfo = {"iterator",    true,       iter_size,
                                       iter_traverse, iter_clear, iter_dealloc};

/* A new iterator of kind over src (borrowed). */
static rt_iter_obj *make(rt_state *rt, rt_iter_kind kind, rt_value src)
{
    rt_iter_obj *it = (rt_iter_obj *)rt__obj_alloc_inline(rt, RT_T_ITER, sizeof(rt_iter_obj));
    if (!it)
        return NULL;
    it->kind = (uint8_t)kind;
    rt_incref(src);
    it->src = src;
    return it;
}

rt_value rt_iter_seq_new(rt_state *rt, rt_value x)
{
    rt_iter_obj *it = make(rt, RT_ITER_SEQ, x);
    return it ? rt_from_obj(it) : RT_NULL;
}

rt_value rt_iter_new(rt_state *rt, rt_value v)
{
    rt_iter_obj *it = NULL;
    switch (rt_type_of(v)) {
    case RT_T_LIST: it = make(rt, RT_ITER_LIST, v); break;
    case RT_T_TUPLE: it = make(rt, RT_ITER_TUPLE, v); break;
    case RT_T_STR: it = make(rt, RT_ITER_STR, v); break;
    case RT_T_DEQUE:
        it = make(rt, RT_ITER_DEQUE, v);
        if (it)
            rt__deque_iter_init(it, v, false);
        break;
    case RT_T_BYTES: it = make(rt, RT_ITER_BYTES, v); break;
    case RT_T_BYTEARRAY: it = make(rt, RT_ITER_BYTEARRAY, v); break;
    case RT_T_MEMORYVIEW: return rt__mview_iter(rt, v);
    case RT_T_RANGE:
        if (rt_range_is_big(v)) {
            /* the current item in fn, the range (its stop and step) in src */
            it = make(rt, RT_ITER_RANGE_BIG, v);
            if (it) {
                it->fn = rt_range_obj_of(v)->big[0];
                rt_incref(it->fn);
            }
            break;
        }
        it = make(rt, RT_ITER_RANGE, RT_NULL);
        if (it) {
            rt_range_obj *r = rt_range_obj_of(v);
            it->pos = r->start;
            /* past 2**63 - 1 items the count saturates: no loop gets there */
            it->left = r->len > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)r->len;
            it->step = r->step;
        }
        break;
    case RT_T_DICT:
        it = make(rt, RT_ITER_DICT_KEYS, v);
        if (it) {
            it->left = it->step = rt_dict_len(v);
            it->version = rt_dict_obj_of(v)->version;
        }
        break;
    case RT_T_SET:
    case RT_T_FROZENSET:
        it = make(rt, RT_ITER_SET, v);
        if (it)
            it->left = it->step = rt_set_len(v);
        break;
    case RT_T_ITER: {
        rt_iter_obj *src = rt_iter_obj_of(v);
        if (!rt_iter_is_view(v)) {
            rt_incref(v);
            return v;
        }
        rt_iter_kind k = src->kind == RT_ITER_KEYS_VIEW     ? RT_ITER_DICT_KEYS
                         : src->kind == RT_ITER_VALUES_VIEW ? RT_ITER_DICT_VALUES
                                                            : RT_ITER_DICT_ITEMS;
        it = make(rt, k, src->src);
        if (it) {
            it->left = it->step = rt_dict_len(src->src);
            it->version = rt_dict_obj_of(src->src)->version;
        }
        break;
    }
    default: return rt_raise(rt, RT_EXC_TypeError, "'%s' object is not iterable", rt_type_name(v));
    }
    return it ? rt_from_obj(it) : RT_NULL;
}

/* Puts enumerate iterator it in its big mode: the next count n (stolen, an
 * int) in fn, the recycled tuple dropped; pos is left outside the small ints
 * so that FOR_ITER's enumerate path passes it by. */
static void enumerate_go_big(rt_state *rt, rt_iter_obj *it, rt_value n)
{
    rt_value old = it->fn;
    it->fn = n;
    it->big = 1;
    it->pos = INT64_MAX;
    rt_decref(rt, old);
}

rt_value rt_iter_enumerate(rt_state *rt, rt_value iterable, rt_value start)
{
    rt_value src = rt_getiter(rt, iterable);
    if (!src)
        return RT_NULL;
    rt_iter_obj *it = make(rt, RT_ITER_ENUMERATE, src);
    rt_decref(rt, src);
    if (!it)
        return RT_NULL;
    int64_t n;
    if (rt_int_as_i64(start, &n)) {
        it->pos = n;
    } else { /* a count outside int64 from the start */
        rt_incref(start);
        enumerate_go_big(rt, it, start);
    }
    return rt_from_obj(it);
}

/* The count enumerate iterator it gives now, and its next one made ready:
 * a new reference, or RT_NULL on MemoryError. Past INT64_MAX (or from a big
 * start) the count is an int object that goes on as CPython's does. */
static rt_value enumerate_count(rt_state *rt, rt_iter_obj *it)
{
    if (it->big) {
        rt_value next = rt_num_binop(rt, RT_OP_ADD, it->fn, rt_smallint(1));
        if (!next)
            return RT_NULL;
        rt_value now = it->fn;
        it->fn = next; /* the reference fn held goes to the caller */
        return now;
    }
    rt_value i = it->pos >= RT_SMALLINT_MIN && it->pos <= RT_SMALLINT_MAX
                     ? rt_smallint(it->pos)
                     : rt_int_from_i64(rt, it->pos);
    if (!i)
        return RT_NULL;
    if (it->pos < INT64_MAX) {
        it->pos++;
        return i;
    }
    rt_value next = rt_bigint_from_u64(rt, (uint64_t)INT64_MAX + 1u);
    if (!next) {
        rt_decref(rt, i);
        return RT_NULL;
    }
    enumerate_go_big(rt, it, next);
    return i;
}

/* A tuple of iter(x) for each x. */
static rt_value iters_of(rt_state *rt, const rt_value *xs, size_t n)
{
    rt_value t = rt_tuple_new(rt, (int64_t)n);
    if (!t)
        return RT_NULL;
    for (size_t i = 0; i < n; i++) {
        rt_value it = rt_getiter(rt, xs[i]);
        if (!it) {
            rt_decref(rt, t);
            return RT_NULL;
        }
        rt_tuple_set_steal(t, (int64_t)i, it);
    }
    return t;
}

rt_value rt_iter_zip(rt_state *rt, const rt_value *iterables, size_t n, bool strict)
{
    rt_value t = iters_of(rt, iterables, n);
    if (!t)
        return RT_NULL;
    rt_iter_obj *it = make(rt, RT_ITER_ZIP, t);
    rt_decref(rt, t);
    if (!it)
        return RT_NULL;
    it->strict = strict;
    return rt_from_obj(it);
}

rt_value rt_iter_map(rt_state *rt, rt_value fn, const rt_value *iterables, size_t n)
{
    rt_value t = iters_of(rt, iterables, n);
    if (!t)
        return RT_NULL;
    rt_iter_obj *it = make(rt, RT_ITER_MAP, t);
    rt_decref(rt, t);
    if (!it)
        return RT_NULL;
    rt_incref(fn);
    it->fn = fn;
    return rt_from_obj(it);
}

rt_value rt_iter_filter(rt_state *rt, rt_value fn, rt_value iterable)
{
    rt_value src = rt_getiter(rt, iterable);
    if (!src)
        return RT_NULL;
    rt_iter_obj *it = make(rt, RT_ITER_FILTER, src);
    rt_decref(rt, src);
    if (!it)
        return RT_NULL;
    rt_incref(fn);
    it->fn = fn;
    return rt_from_obj(it);
}

rt_value rt_iter_reversed(rt_state *rt, rt_value seq)
{
    rt_iter_obj *it = NULL;
    rt_value m = rt__special(rt, seq, RT_ID_reversed);
    if (m && m != RT_NONE)
        return rt__call_special(rt, m, seq, NULL, 0); /* the class's __reversed__ */
    if (!m && rt__is_user_obj(seq) && !rt__native_base(seq) &&
        rt__special(rt, seq, RT_ID_getitem)) {
        /* a sequence by __len__ and __getitem__: seq[len - 1] down to seq[0] */
        int64_t n;
        if (rt_len(rt, seq, &n) < 0)
            return RT_NULL;
        it = make(rt, RT_ITER_REVERSED, seq);
        if (it)
            it->pos = n - 1;
        return it ? rt_from_obj(it) : RT_NULL;
    }
    seq = rt__native_unwrap(seq); /* a list or tuple subclass: its base value */
    switch (rt_type_of(seq)) {
    case RT_T_LIST:
        it = make(rt, RT_ITER_LIST_REV, seq);
        if (it)
            it->pos = rt_list_len(seq) - 1;
        break;
    case RT_T_TUPLE:
        it = make(rt, RT_ITER_REVERSED, seq);
        if (it)
            it->pos = rt_tuple_len(seq) - 1;
        break;
    case RT_T_STR:
        it = make(rt, RT_ITER_REVERSED, seq);
        if (it)
            it->pos = rt_str_nchars(seq) - 1;
        break;
    case RT_T_DEQUE:
        it = make(rt, RT_ITER_DEQUE_REV, seq);
        if (it)
            rt__deque_iter_init(it, seq, true);
        break;
    case RT_T_BYTES:
    case RT_T_BYTEARRAY:
        it = make(rt, RT_ITER_REVERSED, seq);
        if (it)
            it->pos = rt_byteslike_len(seq) - 1;
        break;
    case RT_T_RANGE: {
        rt_range_obj *r = rt_range_obj_of(seq);
        if (rt_range_is_big(seq) || r->len > (uint64_t)INT64_MAX) {
            rt_value rev = rt_range_reversed(rt, seq);
            if (!rev)
                return RT_NULL;
            rt_value i = rt_iter_new(rt, rev);
            rt_decref(rt, rev);
            return i;
        }
        it = make(rt, RT_ITER_RANGE, RT_NULL);
        if (it) {
            /* the last item, exact in wrap-around arithmetic (it is in int64) */
            it->pos = (int64_t)((uint64_t)r->start + (r->len - 1) * (uint64_t)r->step);
            it->left = r->len > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)r->len;
            it->step = (int64_t)(0 - (uint64_t)r->step);
        }
        break;
    }
    case RT_T_DICT: {
        /* a snapshot of the keys, walked backwards */
        rt_value keys = rt_list_new(rt, rt_dict_len(seq));
        if (!keys)
            return RT_NULL;
        int64_t pos = 0;
        rt_value k;
        while (rt_dict_next(seq, &pos, &k, NULL))
            rt_list_append(rt, keys, k);
        it = make(rt, RT_ITER_LIST_REV, keys);
        rt_decref(rt, keys);
        if (it) {
            it->kind = RT_ITER_DICT_REV_KEYS;
            it->pos = rt_list_len(keys) - 1;
        }
        break;
    }
    case RT_T_ITER:
        if (rt_iter_is_view(seq))
            return rt__view_reversed(rt, seq);
        /* fall through */
    default:
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object is not reversible", rt_type_name(seq));
    }
    return it ? rt_from_obj(it) : RT_NULL;
}

rt_value rt_dict_view_new(rt_state *rt, rt_value d, rt_iter_kind kind)
{
    rt_iter_obj *it = make(rt, kind, d);
    return it ? rt_from_obj(it) : RT_NULL;
}

/* ---- next ----------------------------------------------------------------------------- */

/* Drops the source of an exhausted iterator (CPython frees it at once). */
static int exhausted(rt_state *rt, rt_iter_obj *it)
{
    rt_value s = it->src;
    it->src = RT_NULL;
    rt_decref(rt, s);
    return 0;
}

static int zip_next(rt_state *rt, rt_iter_obj *it, rt_value *out)
{
    rt_value iters = it->src;
    int64_t n = rt_tuple_len(iters);
    if (n == 0)
        return 0;
    rt_value t = rt_tuple_recycle(rt, &it->fn, n);
    if (!t)
        return -1;
    for (int64_t i = 0; i < n; i++) {
        rt_value v;
        int st = rt_iternext(rt, rt_tuple_get(iters, i), &v);
        if (st < 0) {
            rt_decref(rt, t);
            return -1;
        }
        if (st == 0) {
            rt_decref(rt, t);
            if (!it->strict)
                return exhausted(rt, it);
            if (i > 0) {
                rt_raise(rt, RT_EXC_ValueError,
                         "zip() argument %lld is shorter than argument%s%lld", (long long)(i + 1),
                         i == 1 ? " " : "s 1-", (long long)i);
                return -1;
            }
            for (int64_t j = 1; j < n; j++) {
                st = rt_iternext(rt, rt_tuple_get(iters, j), &v);
                if (st < 0)
                    return -1;
                if (st == 1) {
                    rt_decref(rt, v);
                    rt_raise(rt, RT_EXC_ValueError,
                             "zip() argument %lld is longer than argument%s%lld",
                             (long long)(j + 1), j == 1 ? " " : "s 1-", (long long)j);
                    return -1;
                }
            }
            return exhausted(rt, it);
        }
        rt_tuple_refill(rt, t, i, v);
    }
    *out = t;
    return 1;
}

static int map_next(rt_state *rt, rt_iter_obj *it, rt_value *out)
{
    rt_value iters = it->src;
    int64_t n = rt_tuple_len(iters);
    rt_value small[8] = {0}, *args = small;
    if (n > 8) {
        args = rt_heap_alloc(rt, NULL, (size_t)n * sizeof(rt_value));
        if (!args)
            return -1;
    }
    int64_t got = 0;
    int st = 1;
    for (; got < n; got++) {
        st = rt_iternext(rt, rt_tuple_get(iters, got), &args[got]);
        if (st <= 0)
            break;
    }
    if (st == 1) {
        rt_value r = rt_call(rt, it->fn, args, (size_t)n, RT_NULL);
        if (r)
            *out = r;
        else
            st = -1;
    }
    for (int64_t i = 0; i < got; i++)
        rt_decref(rt, args[i]);
    if (args != small)
        rt_heap_free(rt, NULL, args, (size_t)n * sizeof(rt_value));
    return st == 0 ? exhausted(rt, it) : st;
}

static int dict_next(rt_state *rt, rt_iter_obj *it, rt_value *out)
{
    rt_value d = it->src, k, v;
    if (rt_as_obj(d)->flags & RT_DICT_F_ORDERED) {
        /* OrderedDict's rules: done after the last key it had, whatever came
         * since; a key added or removed before that ends it with an error */
        if (it->step == 0)
            return exhausted(rt, it);
        if (rt_dict_obj_of(d)->version != it->version) {
            exhausted(rt, it);
            rt_raise(rt, RT_EXC_RuntimeError, "OrderedDict mutated during iteration");
            return -1;
        }
    }
    if (rt_dict_len(d) != it->left) {
        it->left = -1; /* keeps failing, as CPython */
        rt_raise(rt, RT_EXC_RuntimeError, "dictionary changed size during iteration");
        return -1;
    }
    if (!rt_dict_next(d, &it->pos, &k, &v))
        return exhausted(rt, it);
    if (it->step-- == 0) { /* more keys than it had: some were deleted and others added */
        exhausted(rt, it);
        rt_raise(rt, RT_EXC_RuntimeError, "dictionary keys changed during iteration");
        return -1;
    }
    if (it->kind == RT_ITER_DICT_KEYS) {
        rt_incref(k);
        *out = k;
    } else if (it->kind == RT_ITER_DICT_VALUES) {
        rt_incref(v);
        *out = v;
    } else {
        rt_value t = rt_tuple_pack(rt, 2, k, v);
        if (!t)
            return -1;
        *out = t;
    }
    return 1;
}

int rt_iter_next(rt_state *rt, rt_value itv, rt_value *out)
{
    rt_iter_obj *it = rt_iter_obj_of(itv);
    if (rt_iter_is_view(itv)) {
        rt_raise(rt, RT_EXC_TypeError, "'%s' object is not an iterator", rt_type_name(itv));
        return -1;
    }
    if (!it->src && it->kind != RT_ITER_RANGE)
        return 0;
    switch ((rt_iter_kind)it->kind) {
    case RT_ITER_LIST:
        if (it->pos >= rt_list_len(it->src))
            return exhausted(rt, it);
        *out = rt_list_get(it->src, it->pos++);
        rt_incref(*out);
        return 1;
    case RT_ITER_LIST_REV:
    case RT_ITER_DICT_REV_KEYS:
    case RT_ITER_DICT_REV_VALUES:
    case RT_ITER_DICT_REV_ITEMS:
        if (it->pos < 0 || it->pos >= rt_list_len(it->src))
            return exhausted(rt, it);
        *out = rt_list_get(it->src, it->pos--);
        rt_incref(*out);
        return 1;
    case RT_ITER_DEQUE:
    case RT_ITER_DEQUE_REV: return rt__deque_iter_next(rt, it, out);
    case RT_ITER_TUPLE:
        if (it->pos >= rt_tuple_len(it->src))
            return exhausted(rt, it);
        *out = rt_tuple_get(it->src, it->pos++);
        rt_incref(*out);
        return 1;
    case RT_ITER_RANGE_BIG: {
        if (!it->src)
            return 0;
        const rt_value *b = rt_range_obj_of(it->src)->big; /* start, stop, step, len */
        int c = rt_bigint_cmp(it->fn, b[1]);
        if (rt_bigint_sign(b[2]) > 0 ? c >= 0 : c <= 0)
            return exhausted(rt, it);
        rt_value next = rt_binop(rt, RT_OP_ADD, it->fn, b[2]);
        if (!next)
            return -1;
        *out = it->fn; /* the reference moves to the caller */
        it->fn = next;
        return 1;
    }
    case RT_ITER_SEQ: {
        if (!it->src)
            return 0;
        rt_value key = rt_int_from_i64(rt, it->pos);
        rt_value item = key ? rt_getitem(rt, it->src, key) : RT_NULL;
        rt_decref(rt, key);
        if (!item) {
            if (!rt_exc_matches(rt, RT_EXC_IndexError) && !rt_exc_matches(rt, RT_EXC_StopIteration))
                return -1;
            rt_exc_clear(rt);
            return exhausted(rt, it);
        }
        it->pos++;
        *out = item;
        return 1;
    }
    case RT_ITER_BYTES:
    case RT_ITER_BYTEARRAY: /* a bytearray may change between steps: read its length each time */
        if (!it->src || it->pos >= rt_byteslike_len(it->src))
            return it->src ? exhausted(rt, it) : 0;
        *out = rt_smallint((unsigned char)rt_byteslike_data(it->src)[it->pos++]);
        return 1;
    case RT_ITER_STR: {
        size_t off = (size_t)it->pos;
        if (off >= rt_str_len(it->src))
            return exhausted(rt, it);
        uint32_t cp = rt_str_decode(rt_str_data(it->src), &off);
        rt_value c = rt_str_from_codepoint(rt, cp);
        if (!c)
            return -1;
        it->pos = (int64_t)off;
        *out = c;
        return 1;
    }
    case RT_ITER_RANGE: {
        if (it->left <= 0)
            return 0;
        rt_value v = rt_int_from_i64(rt, it->pos);
        if (!v)
            return -1;
        it->left--;
        if (it->left) /* wraps only where the true next item is in int64 (a reversed range) */
            it->pos = (int64_t)((uint64_t)it->pos + (uint64_t)it->step);
        *out = v;
        return 1;
    }
    case RT_ITER_DICT_KEYS:
    case RT_ITER_DICT_VALUES:
    case RT_ITER_DICT_ITEMS: return dict_next(rt, it, out);
    case RT_ITER_SET: {
        rt_value k;
        if (rt_set_len(it->src) != it->left) {
            it->left = -1;
            rt_raise(rt, RT_EXC_RuntimeError, "Set changed size during iteration");
            return -1;
        }
        if (!rt_set_next(it->src, &it->pos, &k))
            return exhausted(rt, it);
        it->step--;
        rt_incref(k);
        *out = k;
        return 1;
    }
    case RT_ITER_ENUMERATE: {
        rt_value v;
        int st;
        rt_iter_obj *si = rt_is_iter(it->src) ? rt_iter_obj_of(it->src) : NULL;
        if (si && si->kind == RT_ITER_TUPLE && si->src && si->pos < rt_tuple_len(si->src)) {
            /* enumerate(a_tuple): its next item here, paced as rt_iternext paces */
            if (rt__vm_c_step(rt) < 0)
                return -1;
            v = rt_tuple_get(si->src, si->pos++);
            rt_incref(v);
            st = 1;
        } else {
            st = rt_iternext(rt, it->src, &v);
        }
        if (st <= 0)
            return st < 0 ? -1 : exhausted(rt, it);
        rt_value i = enumerate_count(rt, it);
        if (!i) {
            rt_decref(rt, v);
            return -1;
        }
        /* big mode keeps the count in fn, so no tuple is recycled there */
        rt_value t = it->big ? rt_tuple_new(rt, 2) : rt_tuple_recycle(rt, &it->fn, 2);
        if (!t) {
            rt_decref(rt, v);
            rt_decref(rt, i);
            return -1;
        }
        if (it->big) {
            rt_tuple_set_steal(t, 0, i);
            rt_tuple_set_steal(t, 1, v);
        } else {
            rt_tuple_refill(rt, t, 0, i);
            rt_tuple_refill(rt, t, 1, v);
        }
        *out = t;
        return 1;
    }
    case RT_ITER_ZIP: return zip_next(rt, it, out);
    case RT_ITER_REVERSED: {
        if (it->pos < 0)
            return exhausted(rt, it);
        rt_value v;
        if (rt_is_tuple(it->src)) {
            if (it->pos >= rt_tuple_len(it->src))
                return exhausted(rt, it);
            v = rt_tuple_get(it->src, it->pos);
            rt_incref(v);
        } else if (rt_is_byteslike(it->src)) {
            if (it->pos >= rt_byteslike_len(it->src))
                return exhausted(rt, it);
            v = rt_smallint((unsigned char)rt_byteslike_data(it->src)[it->pos]);
        } else if (!rt_is_str(it->src)) { /* a user sequence: its __getitem__ */
            rt_value key = rt_int_from_i64(rt, it->pos);
            v = key ? rt_getitem(rt, it->src, key) : RT_NULL;
            rt_decref(rt, key);
            if (!v) {
                if (!rt_exc_matches(rt, RT_EXC_IndexError) &&
                    !rt_exc_matches(rt, RT_EXC_StopIteration))
                    return -1;
                rt_exc_clear(rt);
                return exhausted(rt, it);
            }
        } else {
            v = rt_str_getitem(rt, it->src, it->pos);
            if (!v)
                return -1;
        }
        it->pos--;
        *out = v;
        return 1;
    }
    case RT_ITER_MAP: return map_next(rt, it, out);
    case RT_ITER_FILTER:
        for (;;) {
            rt_value v;
            int st = rt_iternext(rt, it->src, &v);
            if (st <= 0)
                return st < 0 ? -1 : exhausted(rt, it);
            int keep;
            if (it->fn == RT_NONE) {
                keep = rt_truthy(rt, v);
            } else {
                rt_value r = rt_call(rt, it->fn, &v, 1, RT_NULL);
                keep = r ? rt_truthy(rt, r) : -1;
                rt_decref(rt, r);
            }
            if (keep < 0) {
                rt_decref(rt, v);
                return -1;
            }
            if (keep) {
                *out = v;
                return 1;
            }
            rt_decref(rt, v);
        }
    default: return 0;
    }
}

/* ---- __length_hint__ ---------------------------------------------------------------- */

bool rt_iter_kind_has_hint(rt_iter_kind kind)
{
    switch (kind) {
    case RT_ITER_ENUMERATE:
    case RT_ITER_ZIP:
    case RT_ITER_MAP:
    case RT_ITER_FILTER:
    case RT_ITER_KEYS_VIEW:
    case RT_ITER_VALUES_VIEW:
    case RT_ITER_ITEMS_VIEW:
    case RT_ITER_KIND_COUNT: return false;
    default: return true;
    }
}

/* n clamped to 0 as an int. */
static rt_value hint_of(int64_t n)
{
    return rt_smallint(n > 0 ? n : 0);
}

/* The code points of s from byte offset off on. */
static int64_t chars_from(rt_value s, size_t off)
{
    size_t len = rt_str_len(s);
    if (off >= len)
        return 0;
    if ((size_t)rt_str_nchars(s) == len) /* ASCII: a byte a code point */
        return (int64_t)(len - off);
    const unsigned char *p = (const unsigned char *)rt_str_data(s);
    int64_t n = 0;
    for (size_t i = off; i < len; i++)
        n += (p[i] & 0xc0) != 0x80;
    return n;
}

/* A big range iterator's items left: ceil((stop - cur) / step), at least 0. */
static rt_value big_range_left(rt_state *rt, rt_iter_obj *it)
{
    const rt_value *b = rt_range_obj_of(it->src)->big; /* start, stop, step, len */
    rt_value back = rt_binop(rt, RT_OP_SUB, it->fn, b[1]);
    rt_value q = back ? rt_binop(rt, RT_OP_FLOORDIV, back, b[2]) : RT_NULL;
    rt_decref(rt, back);
    if (!q)
        return RT_NULL;
    rt_value n = rt_unop(rt, RT_UOP_NEG, q);
    rt_decref(rt, q);
    if (n && (rt_is_smallint(n) ? rt_smallint_get(n) < 0 : rt_bigint_sign(n) < 0)) {
        rt_decref(rt, n);
        return rt_smallint(0);
    }
    return n;
}

/* The length of a reversed() or sequence iterator's source: 1 with *n set,
 * 0 when it has no __len__, -1 on its error. */
static int source_len(rt_state *rt, rt_value src, int64_t *n)
{
    if (rt_is_tuple(src)) {
        *n = rt_tuple_len(src);
        return 1;
    }
    if (rt_is_str(src)) {
        *n = rt_str_nchars(src);
        return 1;
    }
    if (rt_is_byteslike(src)) {
        *n = rt_byteslike_len(src);
        return 1;
    }
    if (rt__is_user_obj(src) && !rt__special(rt, src, RT_ID_len))
        return rt->exc ? -1 : 0;
    return rt_len(rt, src, n) < 0 ? -1 : 1;
}

rt_value rt_iter_length_hint(rt_state *rt, rt_value itv)
{
    rt_iter_obj *it = rt_iter_obj_of(itv);
    rt_value src = it->src;
    int64_t n;
    switch ((rt_iter_kind)it->kind) {
    case RT_ITER_LIST: return hint_of(src ? rt_list_len(src) - it->pos : 0);
    case RT_ITER_TUPLE: return hint_of(src ? rt_tuple_len(src) - it->pos : 0);
    case RT_ITER_LIST_REV:
    case RT_ITER_DICT_REV_KEYS:
    case RT_ITER_DICT_REV_VALUES:
    case RT_ITER_DICT_REV_ITEMS:
        /* the index of the next item, counted from 1; none once the list shrank past it */
        return hint_of(src && it->pos < rt_list_len(src) ? it->pos + 1 : 0);
    case RT_ITER_STR: return hint_of(src ? chars_from(src, (size_t)it->pos) : 0);
    case RT_ITER_BYTES:
    case RT_ITER_BYTEARRAY: return hint_of(src ? rt_byteslike_len(src) - it->pos : 0);
    case RT_ITER_RANGE:
    case RT_ITER_DEQUE:
    case RT_ITER_DEQUE_REV: return hint_of(it->left);
    case RT_ITER_RANGE_BIG: return src ? big_range_left(rt, it) : rt_smallint(0);
    case RT_ITER_DICT_KEYS:
    case RT_ITER_DICT_VALUES:
    case RT_ITER_DICT_ITEMS:
        /* none once the dict changed size (its next step raises) */
        return hint_of(src && rt_dict_len(src) == it->left ? it->step : 0);
    case RT_ITER_SET: return hint_of(src && rt_set_len(src) == it->left ? it->step : 0);
    case RT_ITER_REVERSED:
        if (!src || it->pos < 0)
            return rt_smallint(0);
        if (source_len(rt, src, &n) < 0)
            return RT_NULL;
        return hint_of(n > it->pos ? it->pos + 1 : 0);
    case RT_ITER_SEQ: {
        if (!src)
            return rt_smallint(0);
        int r = source_len(rt, src, &n);
        if (r < 0)
            return RT_NULL;
        if (r == 0) { /* no __len__: no hint */
            rt_value ni = rt_notimpl(rt);
            rt_incref(ni);
            return ni;
        }
        return hint_of(n - it->pos);
    }
    default: return RT_NULL;
    }
}

static rt_value m_length_hint(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)args;
    char name[96];
    snprintf(name, sizeof name, "%s.__length_hint__", rt_type_name(self));
    if (rt_args_none(rt, name, nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_iter(self) || !rt_iter_kind_has_hint((rt_iter_kind)rt_iter_obj_of(self)->kind))
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object has no length hint", rt_type_name(self));
    return rt_iter_length_hint(rt, self);
}

const rt_builtin_def rt__iter_length_hint_def = {"__length_hint__", m_length_hint};

const rt_builtin_def *rt__iter_type_method(rt_state *rt, rt_value t, rt_value name)
{
    if (!rt_str_eq_cstr(name, "__length_hint__"))
        return NULL;
    for (int k = 0; k < RT_ITER_KIND_COUNT; k++)
        if (rt->iter_types[k] == t)
            return rt_iter_kind_has_hint((rt_iter_kind)k) ? &rt__iter_length_hint_def : NULL;
    return NULL;
}

/* ---- repr ----------------------------------------------------------------------------- */

rt_value rt_iter_repr(rt_state *rt, rt_value itv)
{
    if (!rt_iter_is_view(itv))
        return rt_str_printf(rt, "<%s object at 0x%" PRIx64 ">", rt_type_name(itv),
                             rt__objid_of_value(rt, itv));
    rt_value iter = rt_iter_new(rt, itv);
    if (!iter)
        return RT_NULL;
    rt_value l = rt_list_from_iter(rt, iter);
    rt_decref(rt, iter);
    if (!l)
        return RT_NULL;
    rt_value inner = rt_repr(rt, l);
    rt_decref(rt, l);
    if (!inner)
        return RT_NULL;
    rt_value r = rt_str_printf(rt, "%s(%s)", rt_type_name(itv), rt_str_data(inner));
    rt_decref(rt, inner);
    return r;
}
