/* dict.h: dict objects: CPython's compact, insertion-ordered dict (a sparse
 * index table over a dense entry array, both in one owned buffer). Also the
 * namespace of globals and builtins: lookups with an interned str key hit a
 * pointer-compare fast path.
 *
 * Keys and values are owned by the dict. Lookups return BORROWED values. */
#ifndef CLOSURED_RUNTIME_DICT_H
#define CLOSURED_RUNTIME_DICT_H

#include "runtime/object.h"

typedef struct rt_dict_entry {
    int64_t hash;
    rt_value key; /* RT_NULL: deleted entry */
    rt_value value;
} rt_dict_entry;

typedef struct rt_dict_obj {
    rt_obj hdr;
    uint8_t log2size; /* index table has 1 << log2size slots; 0 when no table */
    uint8_t ixlog;    /* an index slot is 1 << ixlog bytes (0..3), set with log2size */
    uint8_t pad[2];
    uint32_t version; /* bumped on every insert/delete (iterators detect changes) */
    int64_t used;     /* live entries = len(d) */
    int64_t nentries; /* entries[0..nentries) in use (live or deleted) */
    void *table;      /* index table (int8/16/32/64 by size) followed by entries; NULL when empty */
} rt_dict_obj;

static inline rt_dict_obj *rt_dict_obj_of(rt_value d)
{
    return (rt_dict_obj *)rt_as_obj(d);
}

/* The caches of names in a module's globals and the builtins (LOAD_GLOBAL
 * in vm.c, module attribute sites in module.h) remember where a name's
 * entry is and read the value there at each hit, so a value replaced by any
 * path (STORE_GLOBAL, globals()[...], setattr on the module) is seen
 * without a miss. RT_DICT_F_WATCHED marks a dict a cache has read from:
 * adding or removing one of its keys, resizing, clearing or freeing it (a
 * new dict may take a freed one's address) bumps rt->watch_epoch, so while
 * the epoch holds, every watched dict keeps its entries in place and its
 * keys, and a cache entry checks only the epoch (and which dict it read).
 * Watched dicts are modules' globals and the builtins, whose keys change
 * while modules load and rarely after. Module attribute sites also check
 * the dict's `version`. */
#define RT_DICT_F_WATCHED RT_F_USER1
/* The dict of an OrderedDict (collections' _mark_ordered): an iterator over
 * it stops at its last key as it stood and fails with "OrderedDict mutated
 * during iteration" once a key was added or removed (iter.c). */
#define RT_DICT_F_ORDERED RT_F_USER2

/* The index of key's entry in dict d (rt__dict_entries), -1 when absent,
 * -2 with an exception set (an unhashable key, a failing __eq__). */
int64_t rt__dict_index(rt_state *rt, rt_value d, rt_value key);
static inline bool rt_is_dict(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_DICT;
}
static inline int64_t rt_dict_len(rt_value d)
{
    return rt_dict_obj_of(d)->used;
}

/* A new empty dict (allocates no table until the first insert). */
rt_value rt_dict_new(rt_state *rt);
/* A new dict with room for n items without resizing. */
rt_value rt_dict_new_presized(rt_state *rt, int64_t n);
/* A new dict of the n keyword arguments of a call: keys[i] (borrowed) maps
 * to vals[i] (stolen, released on failure too). The keys are distinct strs
 * (a call's keyword names: the parser rejects a repeated one), so they go
 * in without a lookup. NULL with MemoryError. */
rt_value rt__dict_from_names(rt_state *rt, const rt_value *keys, rt_value *vals, int64_t n);

/* Looks key up: 1 and *out (borrowed) when found, 0 when absent, -1 on
 * error (unhashable key: TypeError). */
int rt_dict_lookup(rt_state *rt, rt_value d, rt_value key, rt_value *out);
/* The value (borrowed) rt_dict_lookup would find for key in d when it is
 * the lookup the state remembers (state.h dict_hit_*: a tuple key of ints,
 * strs and such tuples found before, d's keys unchanged since), else
 * RT_NULL: then look it up. */
rt_value rt__dict_hit_value(rt_state *rt, rt_value d, rt_value key);
/* The value for key, borrowed, or RT_NULL when absent or on error (then
 * rt->exc is set; check it when the key may be unhashable). */
rt_value rt_dict_get(rt_state *rt, rt_value d, rt_value key);
/* Lookup by a C string key (globals, builtins, tests). Borrowed or RT_NULL. */
rt_value rt_dict_get_cstr(rt_state *rt, rt_value d, const char *key);
/* d[key] = value (both borrowed). 0, or -1 (TypeError unhashable, MemoryError). */
int rt_dict_set(rt_state *rt, rt_value d, rt_value key, rt_value value);
/* rt_dict_set for a key whose hash the caller computed (`hash` must be
 * hash(key): a small int's rt_int_hash, a str's rt_str_hash). */
int rt__dict_set_hashed(rt_state *rt, rt_value d, rt_value key, int64_t hash, rt_value value);
/* d[key] = value with a C string key (interned). */
int rt_dict_set_cstr(rt_state *rt, rt_value d, const char *key, rt_value value);
/* del d[key]: 0, or -1 with KeyError(key) when absent (or TypeError). */
int rt_dict_del(rt_state *rt, rt_value d, rt_value key);
/* Removes key: 1 and *out = its value (new reference), 0 when absent (no
 * exception), -1 on error. */
int rt_dict_pop(rt_state *rt, rt_value d, rt_value key, rt_value *out);
/* Removes and returns the last item as (key, value) new references; 0, or
 * -1 with KeyError "popitem(): dictionary is empty". */
int rt_dict_popitem(rt_state *rt, rt_value d, rt_value *key, rt_value *value);
/* Removes everything (frees the table). */
void rt_dict_clear(rt_state *rt, rt_value d);
/* A shallow copy. */
rt_value rt_dict_copy(rt_state *rt, rt_value d);
/* d.update(other) for a dict `other`. */
int rt_dict_merge(rt_state *rt, rt_value d, rt_value other);

/* Iteration in insertion order: start with *pos = 0; returns true and sets
 * *key and *value (borrowed; either may be NULL) while items remain. The dict
 * must not change during the walk (iterators check `version`). */
bool rt_dict_next(rt_value d, int64_t *pos, rt_value *key, rt_value *value);

/* ---- entry hints (attribute access on instances) ----------------------------
 * Instances of one class usually insert their attributes in the same order,
 * so a name sits at the same entry index in each instance's dict. A caller
 * keeps that index (the hint, -1 for none) per (class, name) and the
 * lookups below try it with one pointer compare before hashing. Keys are
 * interned strs (attribute names). */

/* Bytes of one index-table slot in a table of `size` slots. */
static inline size_t rt__dict_ix_width(int64_t size)
{
    return size <= 0x80 ? 1 : size <= 0x8000 ? 2 : size <= INT64_C(0x80000000) ? 4 : 8;
}
/* The dense entry array after the index table (d->table must be set). */
static inline rt_dict_entry *rt__dict_entries(const rt_dict_obj *d)
{
    return (rt_dict_entry *)((char *)d->table + ((size_t)1 << (d->log2size + d->ixlog)));
}

/* Out-of-line halves of the two below. */
rt_value rt__dict_get_slow(rt_state *rt, rt_value d, rt_value key, int32_t *hint);
int rt__dict_set_slow(rt_state *rt, rt_value d, rt_value key, rt_value value, int32_t *hint);

/* The value of str key `key` in d (borrowed) or RT_NULL when absent (or, for
 * a key whose comparison raised, with rt->exc set); *hint is updated to
 * where it was found. */
static inline rt_value rt__dict_get_hinted(rt_state *rt, rt_value dv, rt_value key, int32_t *hint)
{
    const rt_dict_obj *d = rt_dict_obj_of(dv);
    int32_t h = *hint;
    if (h >= 0 && h < d->nentries && d->table) {
        const rt_dict_entry *e = &rt__dict_entries(d)[h];
        if (e->key == key)
            return e->value;
    }
    return rt__dict_get_slow(rt, dv, key, hint);
}

/* d[key] = value (both borrowed) for a str key, trying *hint first and
 * updating it. 0, or -1 on MemoryError. */
static inline int rt__dict_set_hinted(rt_state *rt, rt_value dv, rt_value key, rt_value value,
                                      int32_t *hint)
{
    rt_dict_obj *d = rt_dict_obj_of(dv);
    int32_t h = *hint;
    if (h >= 0 && h < d->nentries && d->table) {
        rt_dict_entry *e = &rt__dict_entries(d)[h];
        if (e->key == key) {
            rt_setref(rt, &e->value, value);
            return 0;
        }
    }
    return rt__dict_set_slow(rt, dv, key, value, hint);
}

/* The entry index of `key` in d when a stored key is that very value, probed
 * inline (no call, no comparison): for keys whose equal stored key is
 * almost always the same value, an immediate small int or an interned str.
 * -1 when the probe meets an empty slot first (absent: no stored key has
 * key's hash), with *slot that slot's position, where the key would go (-1
 * when d has no table yet); -2 when a stored key of the same hash is
 * another object (a float or a big int equal to a small int, an equal str
 * not interned): rt_dict_lookup then compares them with ==. `hash` is
 * key's hash. */
static inline int64_t rt__dict_find_same_slot(const rt_dict_obj *d, rt_value key, int64_t hash,
                                              int64_t *slot)
{
    *slot = -1;
    if (!d->table)
        return -1;
    uint64_t mask = ((uint64_t)1 << d->log2size) - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    const rt_dict_entry *e = rt__dict_entries(d);
    for (;;) {
        int64_t ix;
        switch (d->ixlog) {
        case 0: ix = ((const int8_t *)d->table)[i]; break;
        case 1: ix = ((const int16_t *)d->table)[i]; break;
        case 2: ix = ((const int32_t *)d->table)[i]; break;
        default: ix = ((const int64_t *)d->table)[i]; break;
        }
        if (ix == -1) { /* dict.c's IX_EMPTY (a deleted entry's slot is -2) */
            *slot = (int64_t)i;
            return -1;
        }
        if (ix >= 0) {
            if (e[ix].key == key)
                return ix;
            if (e[ix].hash == hash)
                return -2;
        }
        perturb >>= 5; /* dict.c's PERTURB_SHIFT: the same probe sequence */
        i = (i * 5 + perturb + 1) & mask;
    }
}
static inline int64_t rt__dict_find_same(const rt_dict_obj *d, rt_value key, int64_t hash)
{
    int64_t slot;
    return rt__dict_find_same_slot(d, key, hash, &slot);
}

/* d[key] = value for a key rt__dict_find_same_slot found absent at index
 * slot `slot` (>= 0), d unchanged since: the entry appended there, or after
 * a resize where the new table has room. 0, or -1 (MemoryError). */
int rt__dict_insert_absent(rt_state *rt, rt_value d, rt_value key, int64_t hash, int64_t slot,
                           rt_value value);

extern const rt_typeinfo rt__dict_typeinfo;

#endif
