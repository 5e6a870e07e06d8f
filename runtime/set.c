/* set.c: set objects: CPython's open-addressing hash set (9 linear probes,
 * then perturbation; same fill/resize rules and the same algorithms for the
 * set algebra), so iteration order matches CPython's. */
#include "runtime/set.h"

#include <string.h>

#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define DUMMY RT_SET_DUMMY

static size_t table_bytes(int64_t mask)
{
    return (size_t)(mask + 1) * sizeof(rt_set_entry);
}

/* ---- object --------------------------------------------------------------------- */

static size_t set_size(const rt_obj *o)
{
    return sizeof(rt_gc_link) + sizeof(rt_set_obj) + table_bytes(((const rt_set_obj *)o)->mask);
}

static void set_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_set_obj *s = (rt_set_obj *)o;
    for (int64_t i = 0; i <= s->mask; i++) {
        rt_value k = s->table[i].key;
        if (rt_is_obj(k))
            visit(rt_as_obj(k), arg);
    }
}

/* Empties the set into a fresh minimum table; 0 or -1 (MemoryError; the set
 * keeps its contents). */
static int clear_to_min(rt_state *rt, rt_set_obj *s)
{
    rt_set_entry *nt = rt_heap_alloc(rt, &s->hdr, table_bytes(MINSIZE - 1));
    if (!nt)
        return -1;
    memset(nt, 0, table_bytes(MINSIZE - 1));
    rt_set_entry *old = s->table;
    int64_t omask = s->mask;
    s->table = nt;
    s->mask = MINSIZE - 1;
    s->fill = s->used = 0;
    s->version++;
    for (int64_t i = 0; old && i <= omask; i++)
        if (old[i].key && old[i].key != DUMMY)
            rt_decref(rt, old[i].key);
    if (old)
        rt_heap_free(rt, &s->hdr, old, table_bytes(omask));
    return 0;
}

/* The collector's clear: drops every key in place (no allocation). */
static void set_clear_obj(rt_state *rt, rt_obj *o)
{
    rt_set_obj *s = (rt_set_obj *)o;
    for (int64_t i = 0; s->table && i <= s->mask; i++) {
        rt_value k = s->table[i].key;
        s->table[i].key = RT_NULL;
        s->table[i].hash = 0;
        if (k != DUMMY)
            rt_decref(rt, k);
    }
    s->fill = s->used = 0;
    s->version++;
}

static void set_dealloc(rt_state *rt, rt_obj *o)
{
    rt_set_obj *s = (rt_set_obj *)o;
    set_clear_obj(rt, o);
    if (s->table)
        rt_heap_free(rt, o, s->table, table_bytes(s->mask));
    rt_obj_free(rt, o, sizeof(rt_set_obj));
}

const rt_typeinfo rt__set_typeinfo = {"set",        true,          set_size,
                                      set_traverse, set_clear_obj, set_dealloc};
const rt_typeinfo rt__frozenset_typeinfo = {"frozenset",  true,          set_size,
                                            set_traverse, set_clear_obj, set_dealloc};

rt_value rt_set_freeze(rt_state *rt, rt_value s)
{
    if (s && rt_is_set(s))
        rt__heap_retype(rt, rt_as_obj(s), RT_T_FROZENSET);
    return s;
}

rt_value rt_frozenset_from_iter(rt_state *rt, rt_value iterable)
{
    if (rt_is_frozenset(iterable)) {
        rt_incref(iterable);
        return iterable;
    }
    return rt_set_freeze(rt, rt_set_from_iter(rt, iterable));
}

/* CPython's frozenset hash: the items' hashes shuffled and xor-ed (so the
 * order does not matter), then the size mixed in and the bits dispersed. */
static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ UINT64_C(89869747)) ^ (h << 16)) * UINT64_C(3644798167);
}

int64_t rt_frozenset_hash(rt_value v)
{
    rt_set_obj *s = rt_set_obj_of(v);
    uint64_t h = 0;
    for (int64_t i = 0; i <= s->mask; i++) {
        rt_value k = s->table[i].key;
        if (k && k != DUMMY)
            h ^= shuffle_bits((uint64_t)s->table[i].hash);
    }
    h ^= ((uint64_t)s->used + 1) * UINT64_C(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h * UINT64_C(69069) + UINT64_C(907133923);
    return h == (uint64_t)-1 ? 590923713 : (int64_t)h;
}

rt_value rt_set_new(rt_state *rt)
{
    rt_set_obj *s = (rt_set_obj *)rt_obj_alloc(rt, RT_T_SET, sizeof(rt_set_obj));
    if (!s)
        return RT_NULL;
    s->table = rt_heap_alloc(rt, &s->hdr, table_bytes(MINSIZE - 1));
    if (!s->table) {
        rt_obj_free(rt, &s->hdr, sizeof(rt_set_obj));
        return RT_NULL;
    }
    memset(s->table, 0, table_bytes(MINSIZE - 1));
    s->mask = MINSIZE - 1;
    return rt_from_obj(s);
}

/* ---- the table ------------------------------------------------------------------- */

static void insert_clean(rt_set_entry *table, int64_t mask, rt_value key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash;
    uint64_t m = (uint64_t)mask, i = (uint64_t)hash & m;
    rt_set_entry *e;
    for (;;) {
        e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= m) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & m;
    }
found:
    e->key = key;
    e->hash = hash;
}

static int table_resize(rt_state *rt, rt_set_obj *s, int64_t minused)
{
    int64_t newsize = MINSIZE;
    while (newsize <= minused)
        newsize <<= 1;
    rt_set_entry *nt = rt_heap_alloc(rt, &s->hdr, table_bytes(newsize - 1));
    if (!nt)
        return -1;
    memset(nt, 0, table_bytes(newsize - 1));
    rt_set_entry *old = s->table;
    int64_t omask = s->mask;
    for (int64_t i = 0; i <= omask; i++)
        if (old[i].key && old[i].key != DUMMY)
            insert_clean(nt, newsize - 1, old[i].key, old[i].hash);
    s->table = nt;
    s->mask = newsize - 1;
    s->fill = s->used;
    s->version++;
    rt_heap_free(rt, &s->hdr, old, table_bytes(omask));
    return 0;
}

enum { PROBE_RESTART = 2 };

/* Equality of entry *ep's key and key for a probe of s: 1/0, -1 on error,
 * PROBE_RESTART when the comparison (an __eq__ in Python) changed the
 * table's size or that entry: the probe starts again, as CPython's. A table
 * rebuilt at the same size with the same key at that place (an __eq__ that
 * empties and refills the set) lets the probe go on, *ep moved into it:
 * whether the allocator reused the old block must not decide, or the probe
 * would restart forever where it does not. The stored key is held during the
 * comparison. */
static int keys_equal(rt_state *rt, rt_set_obj *s, rt_set_entry **ep, rt_value key)
{
    rt_value start = (*ep)->key;
    if (start == key)
        return 1;
    if (rt_is_str(start) && rt_is_str(key))
        return rt_str_eq(start, key);
    int64_t at = *ep - s->table, mask = s->mask;
    rt_incref(start);
    int eq = rt_eq(rt, start, key);
    bool changed = s->mask != mask || s->table[at].key != start;
    if (!changed)
        *ep = &s->table[at];
    rt_decref(rt, start);
    if (eq < 0)
        return -1;
    return changed ? PROBE_RESTART : eq;
}

/* The entry holding key, or the unused entry ending its probe chain (key
 * NULL); NULL on a comparison error. */
static rt_set_entry *lookkey(rt_state *rt, rt_set_obj *s, rt_value key, int64_t hash)
{
restart:;
    uint64_t perturb = (uint64_t)hash, m = (uint64_t)s->mask, i = (uint64_t)hash & m;
    for (;;) {
        rt_set_entry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                return e;
            if (e->hash == hash && e->key != DUMMY) {
                int eq = keys_equal(rt, s, &e, key);
                if (eq < 0)
                    return NULL;
                if (eq == PROBE_RESTART)
                    goto restart;
                if (eq)
                    return e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & m;
    }
}

/* Adds key (borrowed) with its hash: 0, -1 on error. */
static int add_entry(rt_state *rt, rt_set_obj *s, rt_value key, int64_t hash)
{
    rt_set_entry *freeslot, *e;
restart:
    freeslot = NULL;
    uint64_t perturb = (uint64_t)hash, m = (uint64_t)s->mask, i = (uint64_t)hash & m;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                goto found_unused_or_dummy;
            if (e->hash == hash && e->key != DUMMY) {
                int eq = keys_equal(rt, s, &e, key);
                if (eq < 0)
                    return -1;
                if (eq == PROBE_RESTART)
                    goto restart;
                if (eq)
                    return 0;
            } else if (e->hash == -1 && e->key == DUMMY) {
                if (!freeslot)
                    freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & m;
    }
found_unused_or_dummy:
    rt_incref(key);
    s->version++;
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if (s->fill * 5 < s->mask * 3)
        return 0;
    return table_resize(rt, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* 1 removed, 0 absent, -1 error. */
static int discard_entry(rt_state *rt, rt_set_obj *s, rt_value key, int64_t hash)
{
    rt_set_entry *e = lookkey(rt, s, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    rt_value old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->version++;
    rt_decref(rt, old);
    return 1;
}

static int contains_entry(rt_state *rt, rt_set_obj *s, rt_value key, int64_t hash)
{
    rt_set_entry *e = lookkey(rt, s, key, hash);
    if (!e)
        return -1;
    return e->key != RT_NULL;
}

/* ---- public API -------------------------------------------------------------------- */

int rt_set_add(rt_state *rt, rt_value s, rt_value key)
{
    int64_t h;
    if (rt_hash(rt, key, &h) != 0)
        return -1;
    return add_entry(rt, rt_set_obj_of(s), key, h);
}

int rt_set_contains(rt_state *rt, rt_value s, rt_value key)
{
    int64_t h;
    if (rt_hash(rt, key, &h) != 0)
        return -1;
    return contains_entry(rt, rt_set_obj_of(s), key, h);
}

int rt_set_discard(rt_state *rt, rt_value s, rt_value key)
{
    int64_t h;
    if (rt_hash(rt, key, &h) != 0)
        return -1;
    return discard_entry(rt, rt_set_obj_of(s), key, h);
}

/* A set key (unhashable) stands for the frozenset of its items in `in`,
 * remove() and discard(), as in CPython: {1} in {frozenset({1})} is True.
 * op is contains or discard; its answer, or -1. */
static int with_frozen_key(rt_state *rt, rt_value s, rt_value key,
                           int (*op)(rt_state *, rt_value, rt_value))
{
    int r = op(rt, s, key);
    rt_value base = rt__native_base(key);
    if (r >= 0 || !(rt_is_set(key) || (base && rt_is_set(base))) ||
        !rt_exc_matches(rt, RT_EXC_TypeError))
        return r;
    rt_exc_clear(rt);
    rt_value fk = rt_frozenset_from_iter(rt, base ? base : key);
    if (!fk)
        return -1;
    r = op(rt, s, fk);
    rt_decref(rt, fk);
    return r;
}

int rt_set_contains_key(rt_state *rt, rt_value s, rt_value key)
{
    return with_frozen_key(rt, s, key, rt_set_contains);
}

int rt_set_discard_key(rt_state *rt, rt_value s, rt_value key)
{
    return with_frozen_key(rt, s, key, rt_set_discard);
}

rt_value rt_set_pop(rt_state *rt, rt_value sv)
{
    rt_set_obj *s = rt_set_obj_of(sv);
    if (s->used == 0)
        return rt_raise(rt, RT_EXC_KeyError, "pop from an empty set");
    rt_set_entry *e = s->table + (s->finger & s->mask), *limit = s->table + s->mask;
    while (!e->key || e->key == DUMMY) {
        e++;
        if (e > limit)
            e = s->table;
    }
    rt_value key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->version++;
    s->finger = (uint32_t)(e - s->table + 1);
    return key;
}

void rt_set_clear(rt_state *rt, rt_value s)
{
    if (clear_to_min(rt, rt_set_obj_of(s)) != 0) {
        /* no memory for a fresh table: empty the old one in place */
        rt_exc_clear(rt);
        set_clear_obj(rt, rt_as_obj(s));
    }
}

bool rt_set_next(rt_value sv, int64_t *pos, rt_value *key)
{
    rt_set_obj *s = rt_set_obj_of(sv);
    for (int64_t i = *pos; i <= s->mask; i++) {
        rt_value k = s->table[i].key;
        if (k && k != DUMMY) {
            *key = k;
            *pos = i + 1;
            return true;
        }
    }
    *pos = s->mask + 1;
    return false;
}

static int merge(rt_state *rt, rt_set_obj *s, rt_set_obj *o)
{
    if (s == o || o->used == 0)
        return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3 && table_resize(rt, s, (s->used + o->used) * 2) != 0)
        return -1;
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (int64_t i = 0; i <= o->mask; i++) {
            rt_value k = o->table[i].key;
            if (k) {
                rt_incref(k);
                s->table[i].key = k;
                s->table[i].hash = o->table[i].hash;
            }
        }
        s->fill = o->fill;
        s->used = o->used;
        s->version++;
        return 0;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        s->version++;
        for (int64_t i = 0; i <= o->mask; i++) {
            rt_value k = o->table[i].key;
            if (k && k != DUMMY) {
                rt_incref(k);
                insert_clean(s->table, s->mask, k, o->table[i].hash);
            }
        }
        return 0;
    }
    for (int64_t i = 0; i <= o->mask; i++) {
        rt_value k = o->table[i].key;
        if (k && k != DUMMY && add_entry(rt, s, k, o->table[i].hash) != 0)
            return -1;
    }
    return 0;
}

/* rt_gen_drain's sink for rt_set_update: ctx is the set. */
static int add_sink(rt_state *rt, void *ctx, rt_value v)
{
    int r = rt_set_add(rt, (rt_value)(uintptr_t)ctx, v);
    rt_decref(rt, v);
    return r != 0 ? -1 : 0;
}

int rt_set_update(rt_state *rt, rt_value sv, rt_value iterable)
{
    rt_set_obj *s = rt_set_obj_of(sv);
    if (rt_is_anyset(iterable))
        return merge(rt, s, rt_set_obj_of(iterable));
    if (rt_is_dict(iterable)) {
        int64_t n = rt_dict_len(iterable);
        if ((s->fill + n) * 5 >= s->mask * 3 && table_resize(rt, s, (s->used + n) * 2) != 0)
            return -1;
        int64_t pos = 0;
        rt_value k;
        while (rt_dict_next(iterable, &pos, &k, NULL))
            if (rt_set_add(rt, sv, k) != 0)
                return -1;
        return 0;
    }
    rt_value it = rt_getiter(rt, iterable);
    if (!it)
        return -1;
    int st;
    if (rt_is_gen(it)) { /* set(x for x in xs): one VM loop for all the items */
        st = rt_gen_drain(rt, it, add_sink, (void *)(uintptr_t)sv);
    } else {
        rt_value v;
        while ((st = rt_iternext(rt, it, &v)) == 1) {
            int r = rt_set_add(rt, sv, v);
            rt_decref(rt, v);
            if (r != 0) {
                st = -1;
                break;
            }
        }
    }
    rt_decref(rt, it);
    return st < 0 ? -1 : 0;
}

rt_value rt_set_from_iter(rt_state *rt, rt_value iterable)
{
    rt_value s = rt_set_new(rt);
    if (!s)
        return RT_NULL;
    if (rt_set_update(rt, s, iterable) != 0) {
        rt_decref(rt, s);
        return RT_NULL;
    }
    return s;
}

rt_value rt_set_copy(rt_state *rt, rt_value s)
{
    return rt_set_from_iter(rt, s);
}

rt_value rt_set_union(rt_state *rt, rt_value a, rt_value b)
{
    rt_value r = rt_set_copy(rt, a);
    if (r && rt_set_update(rt, r, b) != 0) {
        rt_decref(rt, r);
        return RT_NULL;
    }
    return r;
}

rt_value rt_set_intersection(rt_state *rt, rt_value a, rt_value b)
{
    rt_value r = rt_set_new(rt);
    if (!r)
        return RT_NULL;
    if (rt_is_anyset(b)) {
        rt_value so = a, other = b;
        if (rt_set_len(other) > rt_set_len(so)) {
            so = b;
            other = a;
        }
        rt_set_obj *os = rt_set_obj_of(other);
        for (int64_t i = 0; i <= os->mask; i++) {
            rt_value k = os->table[i].key;
            if (!k || k == DUMMY)
                continue;
            int64_t h = os->table[i].hash;
            int c = contains_entry(rt, rt_set_obj_of(so), k, h);
            if (c < 0 || (c && add_entry(rt, rt_set_obj_of(r), k, h) != 0)) {
                rt_decref(rt, r);
                return RT_NULL;
            }
        }
        return r;
    }
    rt_value it = rt_getiter(rt, b);
    if (!it) {
        rt_decref(rt, r);
        return RT_NULL;
    }
    rt_value v;
    int st;
    while ((st = rt_iternext(rt, it, &v)) == 1) {
        int64_t h;
        int c = rt_hash(rt, v, &h) == 0 ? contains_entry(rt, rt_set_obj_of(a), v, h) : -1;
        if (c > 0)
            c = add_entry(rt, rt_set_obj_of(r), v, h) == 0 ? 1 : -1;
        rt_decref(rt, v);
        if (c < 0) {
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

/* Removes from s every key of `other` (set or any iterable), then resizes
 * away dummies as CPython's set_difference_update_internal. */
static int difference_update(rt_state *rt, rt_value sv, rt_value other)
{
    rt_set_obj *s = rt_set_obj_of(sv);
    if (sv == other)
        return clear_to_min(rt, s);
    if (rt_is_anyset(other)) {
        rt_value o = other;
        if ((rt_set_len(other) >> 3) > rt_set_len(sv)) {
            o = rt_set_intersection(rt, sv, other);
            if (!o)
                return -1;
        } else {
            rt_incref(o);
        }
        rt_set_obj *os = rt_set_obj_of(o);
        for (int64_t i = 0; i <= os->mask; i++) {
            rt_value k = os->table[i].key;
            if (k && k != DUMMY && discard_entry(rt, s, k, os->table[i].hash) < 0) {
                rt_decref(rt, o);
                return -1;
            }
        }
        rt_decref(rt, o);
    } else {
        rt_value it = rt_getiter(rt, other);
        if (!it)
            return -1;
        rt_value v;
        int st;
        while ((st = rt_iternext(rt, it, &v)) == 1) {
            int r = rt_set_discard(rt, sv, v);
            rt_decref(rt, v);
            if (r < 0) {
                st = -1;
                break;
            }
        }
        rt_decref(rt, it);
        if (st < 0)
            return -1;
    }
    if (s->fill - s->used <= s->mask / 4)
        return 0;
    return table_resize(rt, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

int rt_set_difference_update(rt_state *rt, rt_value a, rt_value b)
{
    return difference_update(rt, a, b);
}

rt_value rt_set_difference(rt_state *rt, rt_value a, rt_value b)
{
    int64_t other_size;
    if (rt_is_anyset(b))
        other_size = rt_set_len(b);
    else if (rt_is_dict(b))
        other_size = rt_dict_len(b);
    else
        other_size = -1;
    if (other_size < 0 || (rt_set_len(a) >> 2) > other_size) {
        rt_value r = rt_set_copy(rt, a);
        if (r && difference_update(rt, r, b) != 0) {
            rt_decref(rt, r);
            return RT_NULL;
        }
        return r;
    }
    rt_value r = rt_set_new(rt);
    if (!r)
        return RT_NULL;
    rt_set_obj *as = rt_set_obj_of(a);
    for (int64_t i = 0; i <= as->mask; i++) {
        rt_value k = as->table[i].key;
        if (!k || k == DUMMY)
            continue;
        int64_t h = as->table[i].hash;
        int c = rt_is_anyset(b) ? contains_entry(rt, rt_set_obj_of(b), k, h)
                                : (rt_dict_get(rt, b, k) != RT_NULL ? 1 : (rt->exc ? -1 : 0));
        if (c < 0 || (!c && add_entry(rt, rt_set_obj_of(r), k, h) != 0)) {
            rt_decref(rt, r);
            return RT_NULL;
        }
    }
    return r;
}

int rt_set_symmetric_difference_update(rt_state *rt, rt_value a, rt_value b)
{
    if (a == b)
        return clear_to_min(rt, rt_set_obj_of(a));
    rt_value o;
    if (rt_is_anyset(b)) {
        o = b;
        rt_incref(o);
    } else {
        o = rt_set_from_iter(rt, b);
        if (!o)
            return -1;
    }
    rt_set_obj *os = rt_set_obj_of(o);
    for (int64_t i = 0; i <= os->mask; i++) {
        rt_value k = os->table[i].key;
        if (!k || k == DUMMY)
            continue;
        int64_t h = os->table[i].hash;
        int r = discard_entry(rt, rt_set_obj_of(a), k, h);
        if (r == 0)
            r = add_entry(rt, rt_set_obj_of(a), k, h);
        if (r < 0) {
            rt_decref(rt, o);
            return -1;
        }
    }
    rt_decref(rt, o);
    return 0;
}

rt_value rt_set_symmetric_difference(rt_state *rt, rt_value a, rt_value b)
{
    rt_value r = rt_set_from_iter(rt, b);
    if (r && rt_set_symmetric_difference_update(rt, r, a) != 0) {
        rt_decref(rt, r);
        return RT_NULL;
    }
    return r;
}

int rt_set_intersection_update(rt_state *rt, rt_value a, rt_value b)
{
    rt_value t = rt_set_intersection(rt, a, b);
    if (!t)
        return -1;
    /* swap the bodies: a takes t's table, t takes a's old one and frees it */
    rt_set_obj *x = rt_set_obj_of(a), *y = rt_set_obj_of(t);
    size_t xb = table_bytes(x->mask), yb = table_bytes(y->mask);
    rt_set_entry *tab = x->table;
    int64_t fill = x->fill, used = x->used, mask = x->mask;
    /* the buffers are charged to their owners: move the charges with them */
    rt__heap_bytes_move(rt, &y->hdr, &x->hdr, yb);
    rt__heap_bytes_move(rt, &x->hdr, &y->hdr, xb);
    x->table = y->table;
    x->fill = y->fill;
    x->used = y->used;
    x->mask = y->mask;
    x->version++;
    y->table = tab;
    y->fill = fill;
    y->used = used;
    y->mask = mask;
    rt_decref(rt, t);
    return 0;
}

int rt_set_issubset(rt_state *rt, rt_value a, rt_value b)
{
    if (rt_set_len(a) > rt_set_len(b))
        return 0;
    rt_set_obj *as = rt_set_obj_of(a);
    for (int64_t i = 0; i <= as->mask; i++) {
        rt_value k = as->table[i].key;
        if (!k || k == DUMMY)
            continue;
        int c = contains_entry(rt, rt_set_obj_of(b), k, as->table[i].hash);
        if (c <= 0)
            return c;
    }
    return 1;
}

int rt_set_equal(rt_state *rt, rt_value a, rt_value b)
{
    if (rt_set_len(a) != rt_set_len(b))
        return 0;
    return rt_set_issubset(rt, a, b);
}
