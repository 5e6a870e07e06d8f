/* hash.c: rt_hash (ops.h), the hash of any value with CPython's values:
 * ints, floats and complex numbers by their numeric hash (1 == 1.0 == True
 * hash alike), strs and bytes by their cached hashes, tuples by CPython's
 * xxHash-style fold of their items' hashes (with fast paths for the
 * memoisation keys made of small ints, strs and such tuples), objects by
 * their __hash__ or their identity. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/exc.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/memoryview.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/ops.h"
#include "runtime/set.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/weakref.h"

/* Identity hash: of the object id, not the address (a hash must not reveal one). */
static int64_t pointer_hash(const rt_state *rt, rt_value v)
{
    uint64_t y = rt__objid_of_value(rt, v);
    y = (y >> 4) | (y << 60);
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

#define XXPRIME_1 UINT64_C(11400714785074694791)
#define XXPRIME_2 UINT64_C(14029467366897019727)
#define XXPRIME_5 UINT64_C(2870177450012600261)

/* A tuple's hash is CPython's xxHash-style fold of its items' hashes. */
static uint64_t hash_lane(uint64_t acc, int64_t lane)
{
    acc += (uint64_t)lane * XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    return acc * XXPRIME_1;
}

static int64_t hash_fold_end(uint64_t acc, int64_t n)
{
    acc += (uint64_t)n ^ (XXPRIME_5 ^ UINT64_C(3527539));
    return acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
}

/* The lane of a small int or a str: true, or false for anything else. */
static inline bool hash_leaf(rt_value x, int64_t *lane)
{
    if (rt_is_smallint(x)) {
        *lane = rt_int_hash(rt_smallint_get(x));
        return true;
    }
    if (rt_is_str(x)) {
        *lane = rt_str_hash(x);
        return true;
    }
    return false;
}

/* The hash of tuple t when every lane is a small int or a str (a call's
 * arguments, a keyword pair): true, or false. Inline in hash_plain, so the
 * innermost level of a key costs no call. */
static inline __attribute__((always_inline)) bool hash_flat(rt_value t, int64_t *out)
{
    int64_t n = rt_tuple_len(t);
    const rt_value *items = rt_tuple_items(t);
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < n; i++) {
        int64_t lane;
        if (!hash_leaf(items[i], &lane))
            return false;
        acc = hash_lane(acc, lane);
    }
    *out = hash_fold_end(acc, n);
    return true;
}

/* The hash of tuple t when every lane is a small int, a str or such a tuple
 * nested at most `depth` deeper (memoisation keys; a tuple of leaves is one
 * level more): true, or false when the general walk below must decide.
 * Recursion, bounded by depth. */
static bool hash_plain(rt_value t, int depth, int64_t *out)
{
    int64_t n = rt_tuple_len(t);
    const rt_value *items = rt_tuple_items(t);
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < n; i++) {
        rt_value x = items[i];
        int64_t lane;
        if (hash_leaf(x, &lane))
            ;
        else if (!rt_is_tuple(x) ||
                 !(hash_flat(x, &lane) || (depth > 0 && hash_plain(x, depth - 1, &lane))))
            return false;
        acc = hash_lane(acc, lane);
    }
    *out = hash_fold_end(acc, n);
    return true;
}

typedef struct hash_level {
    rt_value t; /* borrowed: its parent tuple (or the caller) holds it */
    int64_t i;  /* next item */
    uint64_t acc;
} hash_level;

/* Hashes nested tuples with a stack of its own rather than the C stack:
 * CPython hashes a tuple nested 100,000 deep without a RecursionError, and
 * so does this, at any depth the heap limit allows (the stack is charged to
 * it). A tuple whose every lane is a small int, a str or such a tuple has
 * a hash no code can change while it lives: it is remembered in the state
 * (rt->tuple_hash_key, forgotten when the tuple is cleared), so hashing the
 * same key again (`key in d` then `d[key]`) costs one compare. 0, or -1
 * with an exception set. */
static int hash_tuple(rt_state *rt, rt_value v, int64_t *out)
{
    if (v == rt->tuple_hash_key) {
        *out = rt->tuple_hash;
        return 0;
    }
    if (hash_plain(v, 3, out)) {
        rt->tuple_hash_key = v;
        rt__tuple_mark_remembered(v);
        rt->tuple_hash = *out;
        return 0;
    }
    bool plain = true; /* every lane a small int, a str or a plain tuple */
    hash_level local[32];
    hash_level *st = local;
    size_t cap = sizeof local / sizeof local[0], sp = 0;
    st[sp++] = (hash_level){v, 0, XXPRIME_5};
    int64_t h = 0;
    int rc = 0;
    while (sp) {
        hash_level *f = &st[sp - 1];
        int64_t n = rt_tuple_len(f->t);
        if (f->i == n) {
            h = hash_fold_end(f->acc, n);
            if (--sp) {
                st[sp - 1].acc = hash_lane(st[sp - 1].acc, h);
                st[sp - 1].i++;
            }
            continue;
        }
        rt_value x = rt_tuple_get(f->t, f->i);
        if (rt_is_tuple(x)) {
            if (sp == cap) {
                size_t ncap = cap * 2;
                hash_level *ns =
                    st == local ? rt_heap_alloc(rt, NULL, ncap * sizeof *ns)
                                : rt_heap_resize(rt, NULL, st, cap * sizeof *st, ncap * sizeof *ns);
                if (!ns) {
                    rc = -1;
                    break;
                }
                if (st == local)
                    memcpy(ns, local, sizeof local);
                st = ns;
                cap = ncap;
            }
            st[sp++] = (hash_level){x, 0, XXPRIME_5};
            continue;
        }
        int64_t lane;
        if (rt_is_smallint(x)) /* the common lanes without the dispatch */
            lane = rt_int_hash(rt_smallint_get(x));
        else if (rt_is_str(x))
            lane = rt_str_hash(x);
        else {
            plain = false; /* floats, instances...: hashed by the general protocol */
            if (rt_hash(rt, x, &lane) != 0) {
                rc = -1;
                break;
            }
        }
        f->acc = hash_lane(f->acc, lane);
        f->i++;
    }
    if (st != local)
        rt_heap_free(rt, NULL, st, cap * sizeof *st);
    if (plain && rc == 0) {
        rt->tuple_hash_key = v;
        rt__tuple_mark_remembered(v);
        rt->tuple_hash = h;
    }
    *out = h;
    return rc;
}

int rt_hash(rt_state *rt, rt_value v, int64_t *out)
{
    if (rt_is_smallint(v)) {
        *out = rt_int_hash(rt_smallint_get(v));
        return 0;
    }
    switch (rt_type_of(v)) {
    case RT_T_BOOL: *out = v == RT_TRUE; return 0;
    case RT_T_NONE: *out = 0xFCA86420; return 0;
    case RT_T_INT: *out = rt_int_hash_value(v); return 0;
    case RT_T_FLOAT: *out = rt_float_hash(rt_float_get(v)); return 0;
    case RT_T_COMPLEX: *out = rt__complex_hash(v); return 0;
    case RT_T_STR: *out = rt_str_hash(v); return 0;
    case RT_T_BYTES: *out = rt_bytes_hash(v); return 0;
    case RT_T_FROZENSET: *out = rt_frozenset_hash(v); return 0;
    case RT_T_TUPLE: return hash_tuple(rt, v, out);
    case RT_T_LIST:
    case RT_T_DICT:
    case RT_T_SET:
    case RT_T_SLICE:
    case RT_T_DEQUE:
    case RT_T_BYTEARRAY:
        rt_raise(rt, RT_EXC_TypeError, "unhashable type: '%s'", rt_type_name(v));
        return -1;
    case RT_T_ITER:
        if (rt_iter_is_view(v)) {
            rt_raise(rt, RT_EXC_TypeError, "unhashable type: '%s'", rt_type_name(v));
            return -1;
        }
        *out = pointer_hash(rt, v);
        return 0;
    case RT_T_INSTANCE: return rt__inst_hash(rt, v, out);
    case RT_T_WEAKREF: return rt__weakref_hash(rt, v, out);
    case RT_T_MEMORYVIEW: return rt__mview_hash(rt, v, out);
    case RT_T_METHOD: { /* as equality (ops.c): the receiver's identity, the function's hash */
        int64_t fh;
        if (rt_hash(rt, rt_descr_of(v)->a, &fh) < 0)
            return -1;
        int64_t h = pointer_hash(rt, rt_descr_of(v)->b) ^ fh;
        *out = h == -1 ? -2 : h;
        return 0;
    }
    case RT_T_BUILTIN: { /* as rt__builtin_eq: the C method and the receiver's identity */
        rt_value self = rt_builtin_of(v)->self;
        *out = rt__builtin_hash(v, self ? rt__objid_of_value(rt, self) : 0);
        return 0;
    }
    case RT_T_EXC:
        if (rt__is_user_obj(v))
            return rt__inst_hash(rt, v, out);
        *out = pointer_hash(rt, v);
        return 0;
    default: *out = pointer_hash(rt, v); return 0;
    }
}
