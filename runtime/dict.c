/* dict.c: dict objects: CPython's compact ordered dict (index table of
 * 8/16/32/64-bit slots over a dense entry array, one owned buffer). */
#include "runtime/dict.h"

#include <string.h>

#include "runtime/heap.h"
#include "runtime/heap_fast.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define MINSIZE 8
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5

static inline int64_t dsize(const rt_dict_obj *d)
{
    return d->table ? INT64_C(1) << d->log2size : 0;
}
static inline int64_t usable_of(int64_t size)
{
    return (size << 1) / 3;
}
static inline size_t ix_width(int64_t size)
{
    return rt__dict_ix_width(size);
}
static size_t table_bytes(int64_t size)
{
    return (size_t)size * ix_width(size) + (size_t)usable_of(size) * sizeof(rt_dict_entry);
}
static inline rt_dict_entry *entries_of(const rt_dict_obj *d)
{
    return rt__dict_entries(d);
}
static inline int64_t ix_get(const rt_dict_obj *d, int64_t i)
{
    switch (d->ixlog) {
    case 0: return ((const int8_t *)d->table)[i];
    case 1: return ((const int16_t *)d->table)[i];
    case 2: return ((const int32_t *)d->table)[i];
    default: return ((const int64_t *)d->table)[i];
    }
}
static inline void ix_set(rt_dict_obj *d, int64_t i, int64_t ix)
{
    switch (d->ixlog) {
    case 0: ((int8_t *)d->table)[i] = (int8_t)ix; break;
    case 1: ((int16_t *)d->table)[i] = (int16_t)ix; break;
    case 2: ((int32_t *)d->table)[i] = (int32_t)ix; break;
    default: ((int64_t *)d->table)[i] = ix;
    }
}
static inline uint8_t ixlog_of(int64_t size)
{
    size_t w = ix_width(size);
    return w == 1 ? 0 : w == 2 ? 1 : w == 4 ? 2 : 3;
}

/* ---- object ------------------------------------------------------------------- */

static size_t dict_size(const rt_obj *o)
{
    const rt_dict_obj *d = (const rt_dict_obj *)o;
    return sizeof(rt_gc_link) + sizeof(rt_dict_obj) + (d->table ? table_bytes(dsize(d)) : 0);
}

static void dict_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_dict_obj *d = (rt_dict_obj *)o;
    if (!d->table)
        return;
    rt_dict_entry *e = entries_of(d);
    for (int64_t i = 0; i < d->nentries; i++) {
        if (!e[i].key)
            continue;
        if (rt_is_obj(e[i].key))
            visit(rt_as_obj(e[i].key), arg);
        if (rt_is_obj(e[i].value))
            visit(rt_as_obj(e[i].value), arg);
    }
}

/* The dict's entries moved, or a key came or went: iterators see the new
 * version, and the name caches (dict.h) a new watch epoch when d is one
 * they read from. */
static inline void entries_changed(rt_state *rt, rt_dict_obj *d)
{
    d->version++;
    if (__builtin_expect(d->hdr.flags & RT_DICT_F_WATCHED, 0))
        rt->watch_epoch++;
}

/* The clear slot's body, inline in the dealloc too (every dict's death
 * passes there: no call for it). */
static inline __attribute__((always_inline)) void dict_clear_body(rt_state *rt, rt_obj *o)
{
    rt_dict_obj *d = (rt_dict_obj *)o;
    if (d->hdr.flags & RT_DICT_F_WATCHED)
        rt->watch_epoch++; /* cleared or freed: a new dict may take its address */
    if (rt->dict_hit_dict == rt_from_obj(o))
        rt->dict_hit_dict = RT_NULL; /* likewise */
    if (!d->table)
        return;
    void *table = d->table;
    rt_dict_entry *e = entries_of(d);
    int64_t n = d->nentries, size = dsize(d);
    d->table = NULL;
    d->log2size = 0;
    d->ixlog = 0;
    d->used = d->nentries = 0;
    d->version++; /* the epoch moved above */
    for (int64_t i = 0; i < n; i++) {
        if (!e[i].key)
            continue;
        rt_decref(rt, e[i].key);
        rt_decref(rt, e[i].value);
    }
    rt__heap_free_inline(rt, o, table, table_bytes(size));
}

static void dict_clear_obj(rt_state *rt, rt_obj *o)
{
    dict_clear_body(rt, o);
}

static void dict_dealloc(rt_state *rt, rt_obj *o)
{
    dict_clear_body(rt, o);
    rt__obj_free_inline(rt, o, RT_T_DICT, sizeof(rt_dict_obj));
}

const rt_typeinfo rt__dict_typeinfo = {"dict",        true,           dict_size,
                                       dict_traverse, dict_clear_obj, dict_dealloc};

rt_value rt_dict_new(rt_state *rt)
{
    rt_obj *o = rt__obj_alloc_inline(rt, RT_T_DICT, sizeof(rt_dict_obj));
    return o ? rt_from_obj(o) : RT_NULL;
}

/* Rebuilds the table with 1 << log2 slots, compacting the entries. */
static int resize(rt_state *rt, rt_dict_obj *d, uint8_t log2)
{
    int64_t size = INT64_C(1) << log2;
    void *table = rt__heap_alloc_inline(rt, &d->hdr, table_bytes(size));
    if (!table)
        return -1;
    void *old_table = d->table;
    int64_t old_size = dsize(d);
    rt_dict_entry *old = old_table ? entries_of(d) : NULL;
    int64_t old_n = d->nentries;
    d->table = table;
    d->log2size = log2;
    d->ixlog = ixlog_of(size);
    memset(table, 0xFF, (size_t)size * ix_width(size)); /* IX_EMPTY everywhere */
    rt_dict_entry *e = entries_of(d);
    int64_t n = 0, mask = size - 1;
    for (int64_t k = 0; k < old_n; k++) {
        if (!old[k].key)
            continue;
        e[n] = old[k];
        uint64_t perturb = (uint64_t)e[n].hash;
        int64_t i = (int64_t)((uint64_t)e[n].hash & (uint64_t)mask);
        while (ix_get(d, i) != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = (int64_t)(((uint64_t)i * 5 + perturb + 1) & (uint64_t)mask);
        }
        ix_set(d, i, n);
        n++;
    }
    d->nentries = n;
    entries_changed(rt, d); /* the entries moved (the caches of names by index, dict.h) */
    rt__heap_free_inline(rt, &d->hdr, old_table, table_bytes(old_size)); /* (NULL: none) */
    return 0;
}

/* The first table of a dict that has none (MINSIZE slots): resize's work
 * without the walk over old entries, and its index bytes set by one store
 * instead of a memset call (a kwargs dict gets one at every call). */
static int first_table(rt_state *rt, rt_dict_obj *d)
{
    void *table = rt__heap_alloc_inline(rt, &d->hdr, table_bytes(MINSIZE));
    if (!table)
        return -1;
    _Static_assert(MINSIZE == 8, "MINSIZE one-byte index slots fill one word");
    memset(table, 0xFF, MINSIZE); /* IX_EMPTY everywhere: a constant size, inlined */
    d->table = table;
    d->log2size = 3;
    d->ixlog = 0;
    d->nentries = 0;
    entries_changed(rt, d);
    return 0;
}

static uint8_t log2_for(int64_t n)
{
    uint8_t l = 3;
    while ((INT64_C(1) << l) < n)
        l++;
    return l;
}

rt_value rt_dict_new_presized(rt_state *rt, int64_t n)
{
    rt_value d = rt_dict_new(rt);
    if (!d || n <= 5)
        return d;
    if (resize(rt, rt_dict_obj_of(d), log2_for((n * 3 + 1) / 2)) != 0) {
        rt_decref(rt, d);
        return RT_NULL;
    }
    return d;
}

/* ---- keys: fast paths for the common key types ---------------------------------
 * Ints and strs (and tuples of them: memoisation keys) hash and compare
 * without the general protocol, which must be ready for any type and for
 * comparisons that run Python code. */

/* hash(key): small ints and strs inline (a str's hash is cached). */
static inline int key_hash(rt_state *rt, rt_value key, int64_t *hash)
{
    if (rt_is_smallint(key)) {
        *hash = rt_int_hash(rt_smallint_get(key));
        return 0;
    }
    if (rt_is_str(key)) {
        *hash = rt_str_hash(key);
        return 0;
    }
    return rt_hash(rt, key, hash);
}

#define PLAIN_UNKNOWN (-2)
#define PLAIN_DEPTH 8

/* a == b when both are small ints, strs, or tuples of such (nested up to
 * PLAIN_DEPTH): 1 or 0, computed with no Python code and no allocation.
 * PLAIN_UNKNOWN for anything else (rt_eq decides: 1 == 1.0 == True). */
static int plain_eq(rt_value a, rt_value b, int depth)
{
    if (a == b)
        return 1;
    if (rt_is_smallint(a) && rt_is_smallint(b))
        return 0;
    if (rt_is_str(a) && rt_is_str(b))
        return rt_str_eq(a, b);
    if (depth < PLAIN_DEPTH && rt_is_tuple(a) && rt_is_tuple(b)) {
        int64_t n = rt_tuple_len(a);
        if (n != rt_tuple_len(b))
            return 0;
        for (int64_t i = 0; i < n; i++) {
            rt_value x = rt_tuple_get(a, i), y = rt_tuple_get(b, i);
            if (x == y)
                continue; /* the same object (a small int, an interned str): no call */
            int eq = plain_eq(x, y, depth + 1);
            if (eq != 1)
                return eq;
        }
        return 1;
    }
    return PLAIN_UNKNOWN;
}

/* Finds key: returns the entry index (>= 0), IX_EMPTY when absent (*slot =
 * the empty index slot where it would go), or -3 on a comparison error. */
/* find's rare half: stored key k has key's hash but is another object. 1 when
 * they are equal, 0 when not, -3 when the comparison raised, FIND_RESTART
 * when it changed d (an __eq__ in Python): the lookup starts again, as
 * CPython's. Out of line so that find's probe loop stays small. */
enum { FIND_RESTART = 2 };

static __attribute__((noinline)) int find_eq(rt_state *rt, rt_dict_obj *d, int64_t ix, rt_value k,
                                             rt_value key)
{
    int plain;
    if (rt_is_str(key) && rt_is_str(k)) {
        plain = rt_str_eq(k, key);
    } else if (k == rt->tuple_eq_a && key == rt->tuple_eq_b) {
        plain = 1; /* found equal before, and neither can have changed */
    } else {
        plain = plain_eq(k, key, 0);
        if (plain == 1 && rt_is_tuple(key)) {
            rt->tuple_eq_a = k;
            rt->tuple_eq_b = key;
            rt__tuple_mark_remembered(k);
            rt__tuple_mark_remembered(key);
        }
    }
    if (plain != PLAIN_UNKNOWN)
        return plain == 1;
    uint32_t version = d->version;
    uint8_t log2size = d->log2size;
    rt_incref(k);
    int eq = rt_eq(rt, k, key);
    rt->dict_probe_general = true; /* after the call: a lookup inside it clears it */
    /* d changed: start again when the entry compared is gone or moved (no
     * table, another size, another key at its place). An __eq__ that rebuilds
     * the same table (clear, then the same inserts) lets the probe go on, as
     * in CPython; restarting then would compare, rebuild and restart forever. */
    bool moved = version != d->version && (!d->table || d->log2size != log2size ||
                                           ix >= d->nentries || entries_of(d)[ix].key != k);
    rt_decref(rt, k);
    if (eq < 0)
        return -3;
    if (moved)
        return FIND_RESTART;
    return eq != 0;
}

/* The entry index of key (hash its hash) in d, or IX_EMPTY with *slot the
 * free index slot where it would go (-1 with no table), or -3 with an
 * exception set. */
static int64_t find(rt_state *rt, rt_dict_obj *d, rt_value key, int64_t hash, int64_t *slot)
{
restart:
    if (!d->table) {
        *slot = -1;
        return IX_EMPTY;
    }
    uint64_t mask = ((uint64_t)1 << d->log2size) - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    const rt_dict_entry *e = entries_of(d);
    for (;;) {
        int64_t ix = ix_get(d, (int64_t)i);
        if (ix == IX_EMPTY) {
            *slot = (int64_t)i;
            return IX_EMPTY;
        }
        if (ix >= 0) {
            if (e[ix].key == key)
                return ix;
            if (e[ix].hash == hash) {
                int r = find_eq(rt, d, ix, e[ix].key, key);
                if (r == FIND_RESTART)
                    goto restart;
                e = entries_of(d); /* the same entries, perhaps rebuilt elsewhere */
                if (r)
                    return r > 0 ? ix : -3;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

rt_value rt__dict_hit_value(rt_state *rt, rt_value dv, rt_value key)
{
    const rt_dict_obj *d = rt_dict_obj_of(dv);
    if (key != rt->dict_hit_key || dv != rt->dict_hit_dict || d->version != rt->dict_hit_version ||
        !d->table || rt->dict_hit_ix >= d->nentries)
        return RT_NULL;
    const rt_dict_entry *e = &entries_of(d)[rt->dict_hit_ix];
    return e->key == rt->dict_hit_stored ? e->value : RT_NULL;
}

int rt_dict_lookup(rt_state *rt, rt_value dv, rt_value key, rt_value *out)
{
    rt_value hit = rt__dict_hit_value(rt, dv, key);
    if (hit) {
        *out = hit;
        return 1;
    }
    int64_t hash, slot;
    if (key_hash(rt, key, &hash) != 0)
        return -1;
    bool plain = key == rt->tuple_hash_key;
    rt->dict_probe_general = false;
    rt_dict_obj *d = rt_dict_obj_of(dv);
    int64_t ix = find(rt, d, key, hash, &slot);
    if (ix == -3)
        return -1;
    if (ix < 0)
        return 0;
    rt_dict_entry *e = &entries_of(d)[ix];
    if (plain && !rt->dict_probe_general) {
        /* a tuple of ints, strs and such tuples (hash.c) found with no
         * code run (no __hash__, no __eq__: every key compared on the way
         * was plain too): found the same way again, to the same entry,
         * while neither the dict's keys nor the tuple change */
        rt->dict_hit_dict = dv;
        rt->dict_hit_key = key;
        rt__tuple_mark_remembered(key); /* (hashed: marked already) */
        rt->dict_hit_stored = e->key;
        rt->dict_hit_ix = ix;
        rt->dict_hit_version = d->version;
    }
    *out = e->value;
    return 1;
}

int64_t rt__dict_index(rt_state *rt, rt_value dv, rt_value key)
{
    int64_t hash, slot;
    if (key_hash(rt, key, &hash) != 0)
        return -2;
    int64_t ix = find(rt, rt_dict_obj_of(dv), key, hash, &slot);
    return ix == -3 ? -2 : ix < 0 ? -1 : ix;
}

rt_value rt_dict_get(rt_state *rt, rt_value d, rt_value key)
{
    rt_value v = RT_NULL;
    return rt_dict_lookup(rt, d, key, &v) == 1 ? v : RT_NULL;
}

rt_value rt_dict_get_cstr(rt_state *rt, rt_value d, const char *key)
{
    rt_value k = rt_str_intern(rt, key, strlen(key));
    if (!k)
        return RT_NULL;
    rt_value v = rt_dict_get(rt, d, k);
    rt_decref(rt, k);
    return v;
}

/* The free index slot where an absent key of hash `hash` goes (d has a
 * table with room): the probe sequence's first empty slot. */
static int64_t free_slot(const rt_dict_obj *d, int64_t hash)
{
    uint64_t mask = ((uint64_t)1 << d->log2size) - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    while (ix_get(d, (int64_t)i) != IX_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

rt_value rt__dict_from_names(rt_state *rt, const rt_value *keys, rt_value *vals, int64_t n)
{
    rt_obj *o = rt__obj_alloc_inline(rt, RT_T_DICT, sizeof(rt_dict_obj)); /* rt_dict_new's */
    rt_value dv = o ? rt_from_obj(o) : RT_NULL;
    if (dv && n > 0) {
        rt_dict_obj *d = rt_dict_obj_of(dv);
        int r =
            n <= usable_of(MINSIZE) ? first_table(rt, d) : resize(rt, d, log2_for((n * 3 + 1) / 2));
        if (r != 0) {
            rt_decref(rt, dv);
            dv = RT_NULL;
        } else {
            rt_dict_entry *e = entries_of(d);
            for (int64_t i = 0; i < n; i++) {
                int64_t hash = rt_str_hash(keys[i]);
                rt_incref(keys[i]);
                e[i].hash = hash;
                e[i].key = keys[i];
                e[i].value = vals[i];
                ix_set(d, free_slot(d, hash), i);
            }
            d->nentries = d->used = n;
            return dv;
        }
    }
    if (!dv)
        for (int64_t i = 0; i < n; i++)
            rt_decref(rt, vals[i]);
    return dv;
}

/* d[key] = value (both borrowed) for key of hash `hash`: the entry's index,
 * or -1 with an exception set. A dict's first key goes into a fresh table
 * without a probe. */
/* Enters key (absent) as a new entry at index slot `slot`, which the caller
 * found empty with room for one more entry. Returns the entry's index. */
static inline int64_t append_entry(rt_state *rt, rt_dict_obj *d, int64_t slot, rt_value key,
                                   int64_t hash, rt_value value)
{
    int64_t ix = d->nentries;
    rt_dict_entry *e = &entries_of(d)[ix];
    rt_incref(key);
    rt_incref(value);
    e->hash = hash;
    e->key = key;
    e->value = value;
    ix_set(d, slot, ix);
    d->nentries++;
    d->used++;
    entries_changed(rt, d);
    return ix;
}

static int64_t set_hashed(rt_state *rt, rt_dict_obj *d, rt_value key, int64_t hash, rt_value value)
{
    int64_t slot;
    if (!d->table) {
        if (first_table(rt, d) != 0)
            return -1;
        slot = (int64_t)((uint64_t)hash & 7u); /* every slot is empty */
    } else {
        int64_t ix = find(rt, d, key, hash, &slot);
        if (ix == -3)
            return -1;
        if (ix >= 0) {
            rt_setref(rt, &entries_of(d)[ix].value, value);
            return ix;
        }
        if (d->nentries >= usable_of(dsize(d))) {
            if (resize(rt, d, log2_for(d->used * 3)) != 0)
                return -1;
            slot = free_slot(d, hash); /* the key is absent */
        }
    }
    return append_entry(rt, d, slot, key, hash, value);
}

int rt__dict_insert_absent(rt_state *rt, rt_value dv, rt_value key, int64_t hash, int64_t slot,
                           rt_value value)
{
    rt_dict_obj *d = rt_dict_obj_of(dv);
    if (d->nentries >= usable_of(dsize(d))) {
        if (resize(rt, d, log2_for(d->used * 3)) != 0)
            return -1;
        slot = free_slot(d, hash);
    }
    append_entry(rt, d, slot, key, hash, value);
    return 0;
}

int rt__dict_set_hashed(rt_state *rt, rt_value dv, rt_value key, int64_t hash, rt_value value)
{
    return set_hashed(rt, rt_dict_obj_of(dv), key, hash, value) < 0 ? -1 : 0;
}

int rt_dict_set(rt_state *rt, rt_value dv, rt_value key, rt_value value)
{
    int64_t hash;
    if (key_hash(rt, key, &hash) != 0)
        return -1;
    return set_hashed(rt, rt_dict_obj_of(dv), key, hash, value) < 0 ? -1 : 0;
}

int rt_dict_set_cstr(rt_state *rt, rt_value d, const char *key, rt_value value)
{
    rt_value k = rt_str_intern(rt, key, strlen(key));
    if (!k)
        return -1;
    int r = rt_dict_set(rt, d, k, value);
    rt_decref(rt, k);
    return r;
}

/* Removes entry ix found at index slot i; returns the value (new reference). */
static rt_value remove_entry(rt_state *rt, rt_dict_obj *d, int64_t ix)
{
    int64_t mask = dsize(d) - 1;
    rt_dict_entry *e = &entries_of(d)[ix];
    uint64_t perturb = (uint64_t)e->hash;
    int64_t i = (int64_t)((uint64_t)e->hash & (uint64_t)mask);
    while (ix_get(d, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (int64_t)(((uint64_t)i * 5 + perturb + 1) & (uint64_t)mask);
    }
    ix_set(d, i, IX_DUMMY);
    rt_value k = e->key, v = e->value;
    e->key = e->value = RT_NULL;
    d->used--;
    entries_changed(rt, d);
    rt_decref(rt, k);
    return v;
}

int rt_dict_pop(rt_state *rt, rt_value dv, rt_value key, rt_value *out)
{
    int64_t hash, slot;
    if (key_hash(rt, key, &hash) != 0)
        return -1;
    rt_dict_obj *d = rt_dict_obj_of(dv);
    int64_t ix = find(rt, d, key, hash, &slot);
    if (ix == -3)
        return -1;
    if (ix < 0)
        return 0;
    *out = remove_entry(rt, d, ix);
    return 1;
}

int rt_dict_del(rt_state *rt, rt_value d, rt_value key)
{
    rt_value v;
    int r = rt_dict_pop(rt, d, key, &v);
    if (r < 0)
        return -1;
    if (r == 0) {
        rt_raise_value(rt, RT_EXC_KeyError, key);
        return -1;
    }
    rt_decref(rt, v);
    return 0;
}

int rt_dict_popitem(rt_state *rt, rt_value dv, rt_value *key, rt_value *value)
{
    rt_dict_obj *d = rt_dict_obj_of(dv);
    if (d->used == 0) {
        rt_raise(rt, RT_EXC_KeyError, "popitem(): dictionary is empty");
        return -1;
    }
    rt_dict_entry *e = entries_of(d);
    int64_t ix = d->nentries - 1;
    while (!e[ix].key)
        ix--;
    rt_value k = e[ix].key;
    rt_incref(k);
    *value = remove_entry(rt, d, ix);
    *key = k;
    d->nentries = ix; /* CPython also drops the trailing entries */
    return 0;
}

void rt_dict_clear(rt_state *rt, rt_value d)
{
    dict_clear_obj(rt, rt_as_obj(d));
}

rt_value rt_dict_copy(rt_state *rt, rt_value d)
{
    rt_value r = rt_dict_new_presized(rt, rt_dict_len(d));
    if (!r)
        return RT_NULL;
    if (rt_dict_merge(rt, r, d) != 0) {
        rt_decref(rt, r);
        return RT_NULL;
    }
    return r;
}

int rt_dict_merge(rt_state *rt, rt_value d, rt_value other)
{
    int64_t pos = 0;
    rt_value k, v;
    while (rt_dict_next(other, &pos, &k, &v))
        if (rt_dict_set(rt, d, k, v) != 0)
            return -1;
    return 0;
}

bool rt_dict_next(rt_value dv, int64_t *pos, rt_value *key, rt_value *value)
{
    rt_dict_obj *d = rt_dict_obj_of(dv);
    if (!d->table)
        return false;
    rt_dict_entry *e = entries_of(d);
    for (int64_t i = *pos; i < d->nentries; i++) {
        if (e[i].key) {
            if (key)
                *key = e[i].key;
            if (value)
                *value = e[i].value;
            *pos = i + 1;
            return true;
        }
    }
    *pos = d->nentries;
    return false;
}

/* ---- entry hints ----------------------------------------------------------------- */

rt_value rt__dict_get_slow(rt_state *rt, rt_value dv, rt_value key, int32_t *hint)
{
    rt_dict_obj *d = rt_dict_obj_of(dv);
    if (!d->table)
        return RT_NULL;
    int64_t hash, slot;
    if (key_hash(rt, key, &hash) != 0)
        return RT_NULL;
    int64_t ix = find(rt, d, key, hash, &slot);
    if (ix < 0)
        return RT_NULL;
    if (ix <= INT32_MAX)
        *hint = (int32_t)ix;
    return entries_of(d)[ix].value;
}

int rt__dict_set_slow(rt_state *rt, rt_value dv, rt_value key, rt_value value, int32_t *hint)
{
    int64_t hash;
    if (key_hash(rt, key, &hash) != 0)
        return -1;
    int64_t ix = set_hashed(rt, rt_dict_obj_of(dv), key, hash, value);
    if (ix < 0)
        return -1;
    if (ix <= INT32_MAX)
        *hint = (int32_t)ix;
    return 0;
}
