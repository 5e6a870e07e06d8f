/* instattr.c: the VM's fast paths for attributes of instances of user
 * classes (LOAD_ATTR, STORE_ATTR, LOAD_METHOD, and LOAD_METHOD on super()).
 * Each site first asks its own cache (instattr.h), filled from what the
 * path below decided; then the name is resolved on the class through the
 * lookup cache (typecache.h), whose entry also says whether the class has
 * attribute hooks and where the name sits in the class's shared keys
 * (shkeys.h): an instance's inline values are read and written at that
 * index (class.h, rt_inst), an instance dict through the entry's hint
 * (dict.h). Whatever these paths do not handle goes to the generic
 * algorithm (instance.c), so the results are the same by construction. */
#include "runtime/instattr.h"

#include <string.h>

#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/frame.h"
#include "runtime/func.h"
#include "runtime/heap.h"
#include "runtime/opcodes.h"
#include "runtime/shkeys.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/typecache.h"

/* ---- site caches -------------------------------------------------------------------- */

static bool is_attr_op(uint32_t word)
{
    rt_opcode op = RT_INSN_BASE(word);
    return op == RT_OP_LOAD_ATTR || op == RT_OP_STORE_ATTR || op == RT_OP_LOAD_METHOD;
}

static size_t asites_bytes(uint32_t n, uint32_t ninsns)
{
    return sizeof(rt_asites) + n * sizeof(rt_asite) + (((size_t)ninsns * 2 + 7) & ~(size_t)7);
}

size_t rt__asites_bytes(const rt_asites *a)
{
    return a ? asites_bytes(a->n, a->ninsns) : 0;
}

void rt__asites_free(rt_state *rt, rt_code *code)
{
    rt_asites *a = code->asites;
    code->asites = NULL;
    if (a)
        rt_heap_free(rt, &code->hdr, a, rt__asites_bytes(a));
}

/* Empties s's ways: an empty way's version is one no class has. */
static void site_clear(rt_asite *s)
{
    memset(s, 0, sizeof *s);
    for (int i = 0; i < RT_ASITE_WAYS; i++)
        s->w[i].version = UINT64_MAX;
}

/* Makes code's site caches; NULL (no exception) when the heap refuses them:
 * the sites then run without. */
static rt_asites *asites_make(rt_state *rt, rt_code *code)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < code->ninsns; k++)
        n += is_attr_op(code->insns[k]) && n < RT_ASITE_NONE;
    rt_asites *a = rt_heap_alloc(rt, &code->hdr, asites_bytes(n, code->ninsns));
    if (!a) {
        rt_exc_clear(rt);
        return NULL;
    }
    a->n = n;
    a->ninsns = code->ninsns;
    a->map = (uint16_t *)&a->s[n];
    uint32_t s = 0;
    for (uint32_t k = 0; k < code->ninsns; k++)
        a->map[k] = is_attr_op(code->insns[k]) && s < n ? (uint16_t)s++ : RT_ASITE_NONE;
    for (uint32_t i = 0; i < n; i++) {
        site_clear(&a->s[i]);
        a->s[i].epoch = UINT64_MAX;
    }
    code->asites = a;
    return a;
}

static inline rt_asite *site_of(rt_state *rt, rt_code *code, uint32_t k)
{
    rt_asites *a = code->asites;
    if (__builtin_expect(!a, 0) && !(a = asites_make(rt, code)))
        return NULL;
    uint16_t s = a->map[k];
    return s != RT_ASITE_NONE ? &a->s[s] : NULL;
}

/* The site of word k when its caches are made (the fast paths only look). */
static inline const rt_asite *site_peek(const rt_code *code, uint32_t k)
{
    const rt_asites *a = code->asites;
    if (__builtin_expect(!a, 0))
        return NULL;
    uint16_t s = a->map[k];
    return s != RT_ASITE_NONE ? &a->s[s] : NULL;
}

/* Remembers (version, fn, ix) in s, in place of what it held for that
 * class, or of its oldest way. */
static void site_fill(const rt_state *rt, rt_asite *s, uint64_t version, rt_value fn, uint32_t ix)
{
    if (!s || !version)
        return;
    if (s->epoch != rt->tcache.epoch) {
        site_clear(s);
        s->epoch = rt->tcache.epoch;
    }
    rt_asite_way *w = NULL;
    for (int i = 0; i < RT_ASITE_WAYS && !w; i++)
        if (s->w[i].version == version)
            w = &s->w[i];
    if (!w) {
        w = &s->w[s->next];
        s->next = (s->next + 1) % RT_ASITE_WAYS;
    }
    w->version = version;
    w->fn = fn;
    w->ix = ix;
}

/* ---- the lookup-cache path ------------------------------------------------------------- */

/* The cache's entry for name on cls: the hit inline, a miss filled by class.c. */
static inline rt_tcache_entry *entry_of(rt_state *rt, rt_value cls, rt_value name)
{
    rt_tcache_entry *e = rt__tcache_probe(rt, cls, name, RT_NULL, RT_TC_DICTS);
    return e ? e : rt__type_lookup_entry(rt, cls, name);
}

/* name's index in t's shared keys, or -1. A found index holds for ever
 * (the keys only grow, and the entry is t's alone); an absence holds while
 * the keys have as many names as when it was seen. */
static inline int32_t key_index(rt_tcache_entry *e, const rt_type_obj *t, rt_value name)
{
    if (e->kix >= 0)
        return e->kix;
    uint32_t n = t->keys ? t->keys->n : 0;
    if (e->kn == n)
        return -1;
    e->kix = rt__shkeys_find(t->keys, name);
    e->kn = n;
    return e->kix;
}

static rt_value *dict_slot(rt_inst *in)
{
    return (rt_type_obj_of(in->cls)->tflags & RT_TF_NODICT) ? NULL : &in->dict;
}

/* The paths past the site's cache: out of line, so that a hit saves no
 * registers (the fast functions below end in a tail call here). */
static __attribute__((noinline)) rt_value load_attr_slow(rt_state *rt, rt_value obj, rt_value name,
                                                         rt_value *getter, rt_code *code,
                                                         uint32_t k)
{
    rt_asite *s = site_of(rt, code, k);
    rt_inst *in = rt_inst_of(obj);
    const rt_type_obj *t = rt_type_obj_of(in->cls);
    rt_tcache_entry *e = entry_of(rt, in->cls, name);
    if (!e || (e->hooks & RT_TC_HOOK_GETATTRIBUTE))
        return rt->exc ? RT_NULL : rt__inst_getattr(rt, obj, name);
    rt_value d = e->value;
    rt_value *dictp = dict_slot(in);
    if (d) {
        rt_type_id kd = rt_type_of(d);
        /* a property runs as a frame of its own unless the class has __getattr__, which an
         * AttributeError of the getter hands the lookup to (rt__generic_getattr_descr) */
        if (kd == RT_T_PROPERTY && rt_is_func(rt_descr_of(d)->a) &&
            !rt_type_lookup(rt, in->cls, rt->ids[RT_ID_getattr])) {
            *getter = rt_descr_of(d)->a;
            site_fill(rt, s, t->version, *getter, RT_ASITE_PROPERTY);
            return RT_NULL;
        }
        if (kd != RT_T_FUNCTION) /* descriptors, data or not, and plain class attributes */
            return rt__generic_getattr_descr(rt, obj, name, dictp, true, d);
    }
    if (dictp && !in->dict) {
        int32_t ix = key_index(e, t, name);
        if (ix >= 0 && (uint32_t)ix < in->vcount) {
            if (!d)
                site_fill(rt, s, t->version, RT_NULL, (uint32_t)ix);
            rt_value v = rt__inst_values(in, t->nslots)[ix];
            rt_incref(v);
            return v;
        }
    } else if (dictp) {
        rt_value v = rt__dict_get_hinted(rt, *dictp, name, &e->hint);
        if (v) {
            rt_incref(v);
            return v;
        }
        if (rt->exc)
            return RT_NULL;
    }
    if (d)
        return rt_method_new(rt, d, obj);
    return rt__generic_getattr_descr(rt, obj, name, dictp, true, RT_NULL);
}

rt_value rt__inst_load_attr(rt_state *rt, rt_value obj, rt_value name, rt_value *getter,
                            rt_code *code, uint32_t k)
{
    rt_inst *in = rt_inst_of(obj);
    const rt_type_obj *t = rt_type_obj_of(in->cls);
    const rt_asite_way *w = rt__asite_way(rt, code, k, t->version);
    if (w && w->ix < in->vcount) {
        rt_value v = rt__inst_values(in, t->nslots)[w->ix];
        rt_incref(v);
        return v;
    }
    if (w && w->ix == RT_ASITE_PROPERTY) {
        *getter = w->fn;
        return RT_NULL;
    }
    return load_attr_slow(rt, obj, name, getter, code, k);
}

/* Stores v at inline index ix of in when the instance holds it or it is
 * the next one: true, or false when the caller must take the longer way. */
static inline bool store_inline(rt_state *rt, rt_inst *in, uint32_t nslots, uint32_t ix, rt_value v)
{
    rt_value *vals = rt__inst_values(in, nslots);
    if (ix < in->vcount) {
        rt_incref(v);
        rt_value old = vals[ix];
        vals[ix] = v;
        rt_decref(rt, old);
        return true;
    }
    if (ix == in->vcount && ix < in->vcap) {
        rt_incref(v);
        vals[ix] = v;
        in->vcount++;
        return true;
    }
    return false;
}

static __attribute__((noinline)) int store_attr_slow(rt_state *rt, rt_value obj, rt_value name,
                                                     rt_value v, rt_value *setter, rt_code *code,
                                                     uint32_t k)
{
    rt_asite *s = site_of(rt, code, k);
    rt_inst *in = rt_inst_of(obj);
    const rt_type_obj *t = rt_type_obj_of(in->cls);
    rt_tcache_entry *e = entry_of(rt, in->cls, name);
    if (!e || (e->hooks & (RT_TC_HOOK_SETATTR | RT_TC_NAME_SPECIAL)))
        return rt->exc ? -1 : rt_setattr(rt, obj, name, v);
    rt_value d = e->value;
    rt_value *dictp = dict_slot(in);
    if (d) {
        rt_type_id kd = rt_type_of(d);
        if (kd == RT_T_PROPERTY && rt_is_func(rt_descr_of(d)->b)) {
            *setter = rt_descr_of(d)->b;
            site_fill(rt, s, t->version, *setter, RT_ASITE_PROPERTY);
            return 0;
        }
        if (kd == RT_T_PROPERTY || kd == RT_T_MEMBER || kd == RT_T_INSTANCE || kd == RT_T_GETSET)
            return rt__generic_setattr(rt, obj, name, v, dictp); /* (maybe) a data descriptor */
    }
    if (!dictp)
        return rt__generic_setattr(rt, obj, name, v, dictp);
    if (!in->dict) {
        int32_t ix = key_index(e, t, name);
        if (ix >= 0 && store_inline(rt, in, t->nslots, (uint32_t)ix, v)) {
            if (!d)
                site_fill(rt, s, t->version, RT_NULL, (uint32_t)ix);
            return 0;
        }
        return rt__inst_value_set(rt, obj, name, v, &e->kix);
    }
    int64_t before = rt_dict_len(in->dict);
    if (rt__dict_set_hinted(rt, in->dict, name, v, &e->hint) < 0)
        return -1;
    return rt_dict_len(in->dict) > before ? rt__inst_keys_note(rt, obj, name, before) : 0;
}

int rt__inst_store_attr(rt_state *rt, rt_value obj, rt_value name, rt_value v, rt_value *setter,
                        rt_code *code, uint32_t k)
{
    rt_inst *in = rt_inst_of(obj);
    const rt_type_obj *t = rt_type_obj_of(in->cls);
    const rt_asite_way *w = rt__asite_way(rt, code, k, t->version);
    if (w && w->ix == RT_ASITE_PROPERTY) {
        *setter = w->fn;
        return 0;
    }
    if (w && !in->dict && store_inline(rt, in, t->nslots, w->ix, v))
        return 0;
    return store_attr_slow(rt, obj, name, v, setter, code, k);
}

static __attribute__((noinline)) rt_value find_method_slow(rt_state *rt, rt_value obj,
                                                           rt_value name, rt_code *code, uint32_t k)
{
    rt_asite *s = site_of(rt, code, k);
    rt_inst *in = rt_inst_of(obj);
    const rt_type_obj *t = rt_type_obj_of(in->cls);
    rt_tcache_entry *e = entry_of(rt, in->cls, name);
    if (!e || (e->hooks & RT_TC_HOOK_GETATTRIBUTE) || !e->value || !rt_is_func(e->value))
        return RT_NULL;
    rt_value fn = e->value;
    rt_value *dictp = dict_slot(in);
    if (dictp && !in->dict) {
        int32_t ix = key_index(e, t, name);
        if (ix >= 0 && (uint32_t)ix < in->vcount)
            return RT_NULL; /* the instance's own attribute shadows the method */
        site_fill(rt, s, t->version, fn, ix >= 0 ? (uint32_t)ix : UINT32_MAX);
    } else if (!dictp) {
        site_fill(rt, s, t->version, fn, UINT32_MAX);
    } else if (rt__dict_get_hinted(rt, *dictp, name, &e->hint)) {
        return RT_NULL;
    }
    return rt->exc ? RT_NULL : fn;
}

rt_value rt__inst_find_method(rt_state *rt, rt_value obj, rt_value name, rt_code *code, uint32_t k)
{
    rt_inst *in = rt_inst_of(obj);
    const rt_type_obj *t = rt_type_obj_of(in->cls);
    const rt_asite_way *w = rt__asite_way(rt, code, k, t->version);
    if (w && !in->dict && w->ix >= in->vcount)
        return w->fn;
    return find_method_slow(rt, obj, name, code, k);
}

/* ---- super().name(...) ---------------------------------------------------------------- */

/* The miss: the lookup without the super object (class.c), then a way for
 * (receiver's class, __class__) when the answer holds for the receiver
 * class's whole version: the receiver is an instance of a proper subclass
 * of __class__ (so neither __instancecheck__ nor a __class__ attribute took
 * part) and the lookup cache kept the MRO walk (no class on the way handed
 * out its namespace). */
static __attribute__((noinline)) bool super_method_slow(rt_state *rt, rt_value name, rt_code *code,
                                                        uint32_t k, rt_value *fn, rt_value *self)
{
    if (!rt__super_zero_method(rt, name, fn, self))
        return false;
    rt_value o = *self;
    if (rt_type_of(o) != RT_T_INSTANCE)
        return true;
    int32_t self_cell, class_cell;
    rt__super_slots(rt, code, &self_cell, &class_cell);
    if (class_cell < 0 || class_cell >= 0xFFFF || self_cell >= 0xFFFF)
        return true;
    rt_value cls = rt_inst_of(o)->cls;
    rt_value after = rt_cell_get(rt->frame->cells[class_cell]);
    rt_tcache_entry *e = rt__tcache_probe(rt, cls, name, after, RT_TC_MRO);
    rt_asite *s = site_of(rt, code, k);
    uint64_t version = rt_type_obj_of(cls)->version;
    if (!s || !e || e->value != *fn || !version || !rt_type_is_subtype(cls, after))
        return true;
    if (s->epoch != rt->tcache.epoch) {
        site_clear(s);
        s->epoch = rt->tcache.epoch;
    }
    s->super_cells = (uint32_t)(class_cell + 1) | (uint32_t)(self_cell + 1) << 16;
    rt_asite_way *w = NULL;
    for (int i = 0; i < RT_ASITE_WAYS && !w; i++)
        if (s->w[i].version == (version | RT_ASITE_SUPER) && s->w[i].after == after)
            w = &s->w[i];
    if (!w) {
        w = &s->w[s->next];
        s->next = (s->next + 1) % RT_ASITE_WAYS;
    }
    w->version = version | RT_ASITE_SUPER;
    w->fn = *fn;
    w->after = after;
    return true;
}

bool rt__super_site_method(rt_state *rt, rt_value name, rt_code *code, uint32_t k, rt_value *fn,
                           rt_value *self)
{
    const rt_asite *s = site_peek(code, k);
    const rt_frame *f = rt->frame;
    if (s && s->super_cells && s->epoch == rt->tcache.epoch && f->func) {
        uint32_t self_cell = s->super_cells >> 16;
        rt_value o = self_cell ? rt_cell_get(f->cells[self_cell - 1]) : f->locals[0];
        rt_value after = rt_cell_get(f->cells[(s->super_cells & 0xFFFF) - 1]);
        if (o && rt_type_of(o) == RT_T_INSTANCE) {
            uint64_t v = rt_type_obj_of(rt_inst_of(o)->cls)->version | RT_ASITE_SUPER;
            for (int i = 0; i < RT_ASITE_WAYS; i++)
                if (s->w[i].version == v && s->w[i].after == after) {
                    *fn = s->w[i].fn;
                    *self = o;
                    return true;
                }
        }
    }
    return super_method_slow(rt, name, code, k, fn, self);
}
