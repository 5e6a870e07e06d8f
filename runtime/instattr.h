/* instattr.h: the VM's fast paths for attributes of instances of user
 * classes. Each gives the same result as rt_getattr / rt_setattr /
 * rt_getattr-then-bind would, or hands the VM a Python function to run as
 * a frame instead of a nested call. obj is an instance (RT_T_INSTANCE),
 * borrowed; name an interned str, borrowed; code the running code object
 * and k the index of the executing LOAD_ATTR / STORE_ATTR / LOAD_METHOD
 * word in it (its site). */
#ifndef CLOSURED_RUNTIME_INSTATTR_H
#define CLOSURED_RUNTIME_INSTATTR_H

#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/code.h"
#include "runtime/frame.h"
#include "runtime/object.h"
#include "runtime/state.h"
#include "runtime/type.h"

/* The cache of one attribute site (one LOAD_ATTR, STORE_ATTR or
 * LOAD_METHOD word): what the generic algorithm decided for instances of
 * up to RT_ASITE_WAYS classes (a site that sees three shape classes keeps
 * all three), each under the class's version tag and the lookup cache's
 * epoch (typecache.h), so a class changed since, or a base class, misses:
 * - LOAD_ATTR / STORE_ATTR: the class has no attribute hooks and nothing
 *   under the name; the name sits at index ix of the class's shared keys
 *   (shkeys.h), so an instance holding ix inline values has it there;
 * - LOAD_METHOD: the name is the Python function fn (borrowed: the class's
 *   dict holds it while the version does) and the class has no
 *   __getattribute__; ix is its index in the keys, UINT32_MAX when the
 *   keys do not have it (they cannot learn it without a new version,
 *   shkeys.h), so an instance with fewer inline values does not shadow it.
 * - LOAD_ATTR / STORE_ATTR of a property whose getter / setter is a Python
 *   function: fn is that function (borrowed: the property, immutable, is in
 *   the class's dict) and ix is RT_ASITE_PROPERTY.
 * - the LOAD_METHOD right after a zero-argument super() call: the way's
 *   version is the receiver's class's tag with RT_ASITE_SUPER set (no
 *   class's tag has that bit, so the other kinds never match it), `after`
 *   the class in the frame's __class__ cell and fn the Python function
 *   found after it in the receiver's MRO (borrowed, as above: a change to
 *   any class of that MRO resets the receiver class's tag or the epoch).
 *   The site's super_cells says where frames of the code keep the receiver
 *   and __class__ (rt__super_slots, each index plus one; 0: not yet known).
 * A miss runs the lookup-cache path and refills a way (the oldest). */
#define RT_ASITE_SUPER (UINT64_C(1) << 63)
#define RT_ASITE_PROPERTY (UINT32_MAX - 1)
#define RT_ASITE_WAYS 3
typedef struct rt_asite_way {
    uint64_t version; /* the class's version tag; UINT64_MAX (no class's) when empty */
    rt_value fn;
    union {
        struct {
            uint32_t ix;
            uint32_t pad;
        };
        rt_value after; /* a super() way (RT_ASITE_SUPER): the frame's __class__ */
    };
} rt_asite_way;

typedef struct rt_asite {
    uint64_t epoch;       /* rt->tcache.epoch the ways were filled under; UINT64_MAX: none */
    uint32_t next;        /* the way the next fill takes */
    uint32_t super_cells; /* a super() site: receiver cell + 1 | (__class__ cell + 1) << 16 */
    rt_asite_way w[RT_ASITE_WAYS];
} rt_asite;

/* A code object's attribute sites: one rt_asite per word whose opcode (or
 * fused instruction's first opcode) is LOAD_ATTR, STORE_ATTR or
 * LOAD_METHOD, found through map (ninsns entries, RT_ASITE_NONE for other
 * words). One buffer owned by the code object, charged to it. */
#define RT_ASITE_NONE 0xFFFFu
typedef struct rt_asites {
    uint32_t n, ninsns;
    uint16_t *map;
    rt_asite s[];
} rt_asites;

/* The way of site k's cache (k an attribute word of code) filled for a
 * class of this version under the current epoch, or NULL: the one search
 * every hit below and the out-of-line paths (instattr.c) share. */
static inline const rt_asite_way *rt__asite_way(const rt_state *rt, const rt_code *code, uint32_t k,
                                                uint64_t version)
{
    const rt_asites *a = code->asites;
    if (!a)
        return NULL;
    uint16_t ix = a->map[k];
    if (ix == RT_ASITE_NONE)
        return NULL;
    const rt_asite *s = &a->s[ix];
    if (s->epoch != rt->tcache.epoch)
        return NULL;
    for (int i = 0; i < RT_ASITE_WAYS; i++)
        if (s->w[i].version == version)
            return &s->w[i];
    return NULL;
}

/* The inline value (borrowed) that site k's cache finds in obj, or
 * RT_NULL: the VM's hit without a call. */
static inline rt_value rt__inst_site_value(const rt_state *rt, rt_value obj, const rt_code *code,
                                           uint32_t k)
{
    const rt_inst *in = rt_inst_of(obj);
    const rt_type_obj *t = rt_type_obj_of(in->cls);
    const rt_asite_way *w = rt__asite_way(rt, code, k, t->version);
    return w && w->ix < in->vcount ? in->slots[t->nslots + w->ix] : RT_NULL;
}

/* As rt__inst_site_value; when site k's way for obj's class is a
 * property whose getter is a Python function, that function (borrowed) is
 * left in *getter (unchanged otherwise) and RT_NULL returned. */
static inline rt_value rt__inst_site_load(const rt_state *rt, rt_value obj, const rt_code *code,
                                          uint32_t k, rt_value *getter)
{
    const rt_inst *in = rt_inst_of(obj);
    const rt_type_obj *t = rt_type_obj_of(in->cls);
    const rt_asite_way *w = rt__asite_way(rt, code, k, t->version);
    if (!w)
        return RT_NULL;
    if (w->ix < in->vcount)
        return in->slots[t->nslots + w->ix];
    if (w->ix == RT_ASITE_PROPERTY)
        *getter = w->fn;
    return RT_NULL;
}

/* The Python setter (borrowed) of the property that site k's way for obj's
 * class holds, or RT_NULL. */
static inline rt_value rt__inst_site_setter(const rt_state *rt, rt_value obj, const rt_code *code,
                                            uint32_t k)
{
    const rt_asite_way *w =
        rt__asite_way(rt, code, k, rt_type_obj_of(rt_inst_of(obj)->cls)->version);
    return w && w->ix == RT_ASITE_PROPERTY ? w->fn : RT_NULL;
}

/* The Python function (borrowed) that site k's cache finds as obj's method
 * (a LOAD_METHOD hit: obj has no dict and fewer inline values than the
 * name's index, so nothing shadows it), or RT_NULL: the VM's hit without a
 * call; rt__inst_find_method decides the rest. */
static inline rt_value rt__inst_site_method(const rt_state *rt, rt_value obj, const rt_code *code,
                                            uint32_t k)
{
    const rt_inst *in = rt_inst_of(obj);
    const rt_asite_way *w = rt__asite_way(rt, code, k, rt_type_obj_of(in->cls)->version);
    return w && !in->dict && w->ix >= in->vcount ? w->fn : RT_NULL;
}

/* obj.name = v through site k's cache when it holds obj's class and the
 * name is (or is next) among obj's inline values: true, with v stored (the
 * caller's reference to v moves into the instance) and the old value
 * returned in *old (RT_NULL when none) for the caller to release; false
 * (nothing taken) when the call below must run. */
static inline bool rt__inst_site_store(const rt_state *rt, rt_value obj, rt_value v,
                                       const rt_code *code, uint32_t k, rt_value *old)
{
    rt_inst *in = rt_inst_of(obj);
    const rt_type_obj *t = rt_type_obj_of(in->cls);
    const rt_asite_way *w = rt__asite_way(rt, code, k, t->version);
    if (!w)
        return false;
    uint32_t ix = w->ix;
    rt_value *slot = &in->slots[t->nslots + ix];
    if (ix < in->vcount) {
        *old = *slot;
        *slot = v;
        return true;
    }
    if (ix == in->vcount && ix < in->vcap && !in->dict) {
        *old = RT_NULL;
        *slot = v;
        in->vcount++;
        return true;
    }
    return false;
}

/* obj.name: a new reference, or RT_NULL with an exception set, or RT_NULL
 * with *getter set (borrowed; *getter is RT_NULL on entry) when the name is
 * a property whose getter is a Python function: the VM calls it with obj. */
rt_value rt__inst_load_attr(rt_state *rt, rt_value obj, rt_value name, rt_value *getter,
                            rt_code *code, uint32_t k);

/* obj.name = v (v borrowed): 0, or -1 with an exception set, or 0 with
 * *setter set (borrowed; RT_NULL on entry) when the name is a property
 * whose setter is a Python function: the VM calls it with (obj, v). */
int rt__inst_store_attr(rt_state *rt, rt_value obj, rt_value name, rt_value v, rt_value *setter,
                        rt_code *code, uint32_t k);

/* The Python function (borrowed) that obj.name would bind as a method:
 * found on the class, no __getattribute__, not shadowed by the instance
 * dict. RT_NULL when the generic path must decide (rt->exc may be set). */
rt_value rt__inst_find_method(rt_state *rt, rt_value obj, rt_value name, rt_code *code, uint32_t k);

/* The hit of rt__super_site_method below, inline: true with *fn and *self
 * (both borrowed) when site k holds a super() way for the running frame's
 * receiver's class and __class__; false when the function must decide. */
static inline bool rt__super_site_hit(const rt_state *rt, const rt_code *code, uint32_t k,
                                      rt_value *fn, rt_value *self)
{
    const rt_asites *a = code->asites;
    if (!a || a->map[k] == RT_ASITE_NONE)
        return false;
    const rt_asite *s = &a->s[a->map[k]];
    const rt_frame *f = rt->frame;
    if (!s->super_cells || s->epoch != rt->tcache.epoch || !f->func)
        return false;
    uint32_t self_cell = s->super_cells >> 16;
    rt_value o = self_cell ? rt_cell_get(f->cells[self_cell - 1]) : f->locals[0];
    if (!rt_is_inst(o))
        return false;
    rt_value after = rt_cell_get(f->cells[(s->super_cells & 0xFFFF) - 1]);
    uint64_t v = rt_type_obj_of(rt_inst_of(o)->cls)->version | RT_ASITE_SUPER;
    for (int i = 0; i < RT_ASITE_WAYS; i++)
        if (s->w[i].version == v && s->w[i].after == after) {
            *fn = s->w[i].fn;
            *self = o;
            return true;
        }
    return false;
}

/* super().name in the running frame, whose code is code and whose word k
 * is the LOAD_METHOD after the super() call: as rt__super_zero_method
 * (class.h), first through site k's cache. */
bool rt__super_site_method(rt_state *rt, rt_value name, rt_code *code, uint32_t k, rt_value *fn,
                           rt_value *self);

/* The bytes of a code object's site caches (0 for NULL); releases them. */
size_t rt__asites_bytes(const rt_asites *a);
void rt__asites_free(rt_state *rt, rt_code *code);

#endif
