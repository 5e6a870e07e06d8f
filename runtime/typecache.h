/* typecache.h: the per-state cache of attribute lookups on types (CPython's
 * method cache): what a name resolves to along a class's MRO, remembered
 * under the class's version tag so that a method call or an attribute read
 * does not walk the MRO's dicts again.
 *
 * Validity. A type's `version` (type.h) is 0 until a lookup on it is first
 * cached, then a number no other type ever had. An entry matches only the
 * type, version and epoch it was filled under:
 * - a change to a class's own namespace (setattr/delattr on the class, its
 *   clearing by the collector) resets its version (rt__type_modified), so its
 *   entries never match again;
 * - a class that has subclasses (RT_TF_HASSUB) cannot reach their entries,
 *   so a change to it bumps the epoch instead, which retires every entry;
 * - `C.__dict__` and vars(C) are read-only views (mappingproxy.h); a class
 *   whose namespace dict itself was handed out (gc.get_referents(C):
 *   RT_TF_DICTOUT) can change behind our back: a lookup through it is never
 *   cached;
 * - assigning an instance's __class__ changes the type the lookup starts
 *   from, which is part of the key.
 * A type freed and another allocated at its address starts at version 0,
 * which no entry holds.
 *
 * Ownership: an entry owns its name (so an equal-looking name at a reused
 * address cannot match); `value` and `def` are borrowed from the class dicts
 * and builtin tables, valid while the entry is. */
#ifndef CLOSURED_RUNTIME_TYPECACHE_H
#define CLOSURED_RUNTIME_TYPECACHE_H

#include "runtime/object.h"
#include "runtime/state.h"
#include "runtime/type.h"

/* What a lookup walks: every dict in the MRO (rt_type_lookup), or the MRO
 * with the builtin methods of builtin classes in it, starting after a class
 * (class.c's mro_find, super()), or what calling the class does
 * (RT_TC_BIRTH, under the name __init__: value is the Python __init__ that
 * runs as a frame on a plain new instance, RT_NULL when the call takes the
 * general path; class.c's rt__class_prepare_init). */
enum { RT_TC_DICTS = 0, RT_TC_MRO = 1, RT_TC_BIRTH = 2 };

/* What an RT_TC_DICTS entry also knows, true for the type's whole version:
 * the type has (somewhere in its MRO's dicts) a __getattribute__, a
 * __setattr__, a __delattr__; the name is __dict__ or __class__ (which the
 * generic algorithm treats apart). The VM's fast paths read them. */
enum {
    RT_TC_HOOK_GETATTRIBUTE = 1u << 0,
    RT_TC_HOOK_SETATTR = 1u << 1,
    RT_TC_HOOK_DELATTR = 1u << 2,
    RT_TC_NAME_SPECIAL = 1u << 3,
};

/* Where (version, name, after, kind) lives: a multiplicative hash whose top
 * bits depend on every bit of the key (addresses of names in one pool page
 * differ only in a few middle bits). */
static inline size_t rt__tcache_index(uint64_t version, rt_value name, rt_value after,
                                      uint16_t kind)
{
    uint64_t h = (version ^ ((uint64_t)name << 7) ^ ((uint64_t)after << 23) ^ kind) *
                 UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> (64 - RT_TCACHE_BITS));
}

/* The entry for (t, name, after, kind) when the cache holds it, else NULL. */
static inline rt_tcache_entry *rt__tcache_probe(rt_state *rt, rt_value t, rt_value name,
                                                rt_value after, uint16_t kind)
{
    /* The version alone names the type (no other type ever had it), and a
     * type without one (0) matches no entry: a filled entry's version is
     * never 0 and an unfilled one's name is RT_NULL (name never is). One
     * branch: the key's parts are compared together. */
    uint64_t v = rt_type_obj_of(t)->version;
    rt_tcache_entry *e = &rt->tcache.e[rt__tcache_index(v, name, after, kind)];
    uint64_t diff = (e->version ^ v) | (e->name ^ name) | (e->after ^ after) |
                    (uint64_t)(e->kind ^ kind) | (e->epoch ^ rt->tcache.epoch);
    return diff == 0 ? e : NULL;
}

/* The entry to fill for (t, name, after, kind): assigns t a version tag
 * when it has none, takes a reference to name. NULL when the lookup may not
 * be cached (a class on the way has RT_TF_DICTOUT: the caller checks that,
 * this only refuses names that are no str). The caller stores value/def. */
rt_tcache_entry *rt__tcache_slot(rt_state *rt, rt_value t, rt_value name, rt_value after,
                                 uint16_t kind);

/* A class's namespace (or what its lookups depend on) changed: its cached
 * lookups, and those of every subclass, no longer match. */
void rt__type_modified(rt_state *rt, rt_value t);

/* Releases the names the entries hold (state teardown). */
void rt__tcache_dispose(rt_state *rt);

#endif
